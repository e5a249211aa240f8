/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { StrictEndForm } from './StrictEndForm';
import type { SetUi, UiState } from './ui-state';

const EXTENSIONS = [15, 25] as const;

interface Props {
  strict: boolean;
  strictPhrase: string;
  earlyEndsLeft: number;
  busy: boolean;
  ui: UiState;
  setUi: SetUi;
  onExtend: (minutes: number) => void;
  onEnd: (phrase?: string) => void;
}

/** Extend the running block or end it early (through the typed phrase when the block is strict). */
export function BlockControls({ strict, strictPhrase, earlyEndsLeft, busy, ui, setUi, onExtend, onEnd }: Props) {
  if (ui.ending && strict) {
    return (
      <StrictEndForm
        phrase={strictPhrase}
        typed={ui.phrase}
        earlyEndsLeft={earlyEndsLeft}
        busy={busy}
        onType={(phrase) => setUi({ phrase })}
        onEnd={(phrase) => onEnd(phrase)}
        // Back from the strict form: put focus where the person left it.
        onCancel={() => setUi({ ending: false, phrase: '' }, '.end-early')}
      />
    );
  }
  return (
    <div class="row block-controls">
      {EXTENSIONS.map((minutes) => (
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => onExtend(minutes)}
          title={t('popup_extendLabel', minutes)}
        >
          {t('popup_extend', minutes)}
        </button>
      ))}
      <button
        type="button"
        class="button button-quiet end-early"
        disabled={busy}
        // The form replaces this button, so focus moves into it rather than to the page.
        onClick={() => (strict ? setUi({ ending: true }, '#strict-phrase, .strict-form .button-quiet') : onEnd())}
      >
        {strict ? t('popup_endEarlyStrict') : t('popup_endEarly')}
      </button>
    </div>
  );
}
