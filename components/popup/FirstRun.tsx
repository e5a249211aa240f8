/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { StartControls } from './StartControls';
import type { SetUi, UiState } from './ui-state';

interface Props {
  busy: boolean;
  ui: UiState;
  setUi: SetUi;
  onStart: (minutes: number) => void;
}

/** A brand-new person: what Heads Down does in one sentence, and the way to try it. */
export function FirstRun(props: Props) {
  return (
    <section class="card first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" class="hero-title">
        {t('popup_firstRunTitle')}
      </h2>
      <p class="hero-text">{t('popup_firstRunText')}</p>
      <StartControls {...props} />
    </section>
  );
}
