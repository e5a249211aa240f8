/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { parseLocalInput, toLocalInputValue } from './clock';

interface Props {
  now: number;
  /** The datetime-local value as typed (first the suggested end). */
  value: string;
  /** The last submit was refused. */
  invalid: boolean;
  busy: boolean;
  onType: (value: string) => void;
  /** The chosen end, or null when it is not a time in the future. */
  onPause: (until: number | null) => void;
  onCancel: () => void;
}

/** "Pause schedule until…": a local date and time that must lie in the future. */
export function PauseForm({ now, value, invalid, busy, onType, onPause, onCancel }: Props) {
  return (
    <form
      class="pause-form"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        const until = parseLocalInput(value);
        onPause(until !== null && until > Date.now() ? until : null);
      }}
    >
      <label for="pause-until">{t('popup_pauseLabel')}</label>
      <input
        id="pause-until"
        type="datetime-local"
        min={toLocalInputValue(now)}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'pause-error' : undefined}
        onInput={(e) => onType(e.currentTarget.value)}
      />
      {invalid && (
        <p id="pause-error" class="field-error">
          {t('popup_pauseInvalid')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="button button-primary" disabled={busy}>
          {t('popup_pauseSubmit')}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </form>
  );
}
