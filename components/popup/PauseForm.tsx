import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { parseLocalInput, toLocalInputValue } from './clock';

interface Props {
  now: number;
  /** Suggested pause end (the next block's end, or tomorrow morning). */
  suggested: number;
  busy: boolean;
  onPause: (until: number) => void;
  onCancel: () => void;
}

/** "Pause schedule until…": a local date and time that must lie in the future. */
export function PauseForm({ now, suggested, busy, onPause, onCancel }: Props) {
  const [value, setValue] = useState(() => toLocalInputValue(suggested));
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="pause-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const until = parseLocalInput(value);
        const ok = until !== null && until > Date.now();
        setInvalid(!ok);
        if (ok) onPause(until);
      }}
    >
      <label for="pause-until">{t('popup_pauseLabel')}</label>
      <input
        id="pause-until"
        ref={input}
        type="datetime-local"
        min={toLocalInputValue(now)}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'pause-error' : undefined}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          if (invalid) setInvalid(false);
        }}
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
