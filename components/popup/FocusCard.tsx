/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import type { FocusStatus } from '@/utils/messages';
import { BlockControls } from './BlockControls';
import { Countdown } from './Countdown';
import type { SetUi, UiState } from './ui-state';

interface Props {
  block: NonNullable<FocusStatus['block']>;
  status: FocusStatus;
  now: number;
  busy: boolean;
  ui: UiState;
  setUi: SetUi;
  onExtend: (minutes: number) => void;
  onEnd: (phrase?: string) => void;
}

/** The running block: what started it, the countdown, and extend / end-early controls. */
export function FocusCard({ block, status, now, busy, ui, setUi, onExtend, onEnd }: Props) {
  return (
    <section class="card focus" aria-labelledby="focus-heading">
      <h2 id="focus-heading" class="section-title">
        {block.origin === 'schedule' ? t('popup_focusScheduled') : t('popup_focusManual')}
      </h2>
      <Countdown start={block.start} end={block.end} now={now} />
      <BlockControls
        strict={block.strict}
        strictPhrase={status.strictPhrase}
        earlyEndsLeft={status.strictEarlyEndsLeft}
        busy={busy}
        ui={ui}
        setUi={setUi}
        onExtend={onExtend}
        onEnd={onEnd}
      />
    </section>
  );
}
