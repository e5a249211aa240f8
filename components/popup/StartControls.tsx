import { useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { MAX_MINUTES, MIN_MINUTES, parseMinutes } from './minutes';

const PRESETS = [25, 50, 90] as const;

interface Props {
  onStart: (minutes: number) => void;
  busy: boolean;
}

/** Preset block lengths and a custom length (utils/block-length.ts) with inline validation. */
export function StartControls({ onStart, busy }: Props) {
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const minutes = parseMinutes(custom);
    setInvalid(minutes === null);
    if (minutes !== null) onStart(minutes);
  };

  return (
    <div class="start">
      <fieldset class="presets">
        <legend class="visually-hidden">{t('popup_startGroupLabel')}</legend>
        {PRESETS.map((minutes, i) => (
          <button
            key={minutes}
            type="button"
            class={i === 0 ? 'button button-primary preset' : 'button preset'}
            disabled={busy}
            onClick={() => onStart(minutes)}
            title={t('popup_startPresetLabel', minutes)}
          >
            <span class="preset-number">{minutes}</span> <span class="preset-unit">{t('popup_minutesShort')}</span>
          </button>
        ))}
      </fieldset>
      <form class="custom" onSubmit={submit} noValidate>
        <label for="custom-minutes">{t('popup_customLabel')}</label>
        <div class="custom-row">
          <input
            id="custom-minutes"
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            value={custom}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'custom-minutes-error' : undefined}
            onInput={(e) => {
              setCustom(e.currentTarget.value);
              if (invalid) setInvalid(false);
            }}
          />
          <button type="submit" class="button" disabled={busy}>
            {t('popup_customStart')}
          </button>
        </div>
        {invalid && (
          <p id="custom-minutes-error" class="field-error">
            {t('popup_customInvalid', MIN_MINUTES, MAX_MINUTES)}
          </p>
        )}
      </form>
    </div>
  );
}
