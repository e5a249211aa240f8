/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { MAX_MINUTES, MIN_MINUTES, parseMinutes } from './minutes';
import type { SetUi, UiState } from './ui-state';

const PRESETS = [25, 50, 90] as const;

interface Props {
  onStart: (minutes: number) => void;
  busy: boolean;
  ui: UiState;
  setUi: SetUi;
}

/** Preset block lengths and a custom length (utils/block-length.ts) with inline validation. */
export function StartControls({ onStart, busy, ui, setUi }: Props) {
  const submit = (event: Event) => {
    event.preventDefault();
    const minutes = parseMinutes(ui.custom);
    setUi({ customInvalid: minutes === null });
    if (minutes !== null) onStart(minutes);
  };

  return (
    <div class="start">
      <fieldset class="presets">
        <legend class="visually-hidden">{t('popup_startGroupLabel')}</legend>
        {PRESETS.map((minutes, i) => (
          <button
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
      <form class="custom" onSubmit={submit} novalidate>
        <label for="custom-minutes">{t('popup_customLabel')}</label>
        <div class="custom-row">
          <input
            id="custom-minutes"
            type="number"
            inputmode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            value={ui.custom}
            aria-invalid={ui.customInvalid}
            aria-describedby={ui.customInvalid ? 'custom-minutes-error' : undefined}
            onInput={(e) => setUi({ custom: e.currentTarget.value, customInvalid: false })}
          />
          <button type="submit" class="button" disabled={busy}>
            {t('popup_customStart')}
          </button>
        </div>
        {ui.customInvalid && (
          <p id="custom-minutes-error" class="field-error">
            {t('popup_customInvalid', MIN_MINUTES, MAX_MINUTES)}
          </p>
        )}
      </form>
    </div>
  );
}
