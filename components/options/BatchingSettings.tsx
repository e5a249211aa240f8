import { useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { useSettings } from './settings-context';

/** Digest only at the block's end, or also at chosen times (an empty list means digest only). */
export function BatchingSettings() {
  const { settings, save } = useSettings();
  const windows = settings.batchWindows;
  // "Also at these times" with no time yet has nothing to save; the choice lives here until a time is added.
  const [wantTimes, setWantTimes] = useState(windows.length > 0);
  const [time, setTime] = useState('');
  const showTimes = wantTimes || windows.length > 0;

  const setWindows = (next: string[]) => save({ ...settings, batchWindows: [...new Set(next)].sort() });

  return (
    <div class="batching">
      <fieldset class="choice">
        <legend class="visually-hidden">{t('options_batchingTitle')}</legend>
        <label class="radio">
          <input
            type="radio"
            name="batching"
            checked={!showTimes}
            onChange={() => {
              setWantTimes(false);
              if (windows.length > 0) void setWindows([]);
            }}
          />
          <span>
            <span class="switch-label">{t('options_batchDigestOnly')}</span>
            <span class="hint">{t('options_batchDigestOnlyHint')}</span>
          </span>
        </label>
        <label class="radio">
          <input type="radio" name="batching" checked={showTimes} onChange={() => setWantTimes(true)} />
          <span>
            <span class="switch-label">{t('options_batchAlso')}</span>
            <span class="hint">{t('options_batchAlsoHint')}</span>
          </span>
        </label>
      </fieldset>
      {showTimes && (
        <div class="batch-times">
          {windows.length > 0 && (
            <ul class="chips" aria-label={t('options_batchTimesLabel')}>
              {windows.map((w) => (
                <li key={w} class="chip">
                  <span>{w}</span>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t('options_chipRemove', w)}
                    onClick={() => void setWindows(windows.filter((x) => x !== w))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="field-inline">
            <label for="batch-time">{t('options_batchTimeLabel')}</label>
            <input id="batch-time" type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
            <button
              type="button"
              class="btn"
              disabled={time === ''}
              onClick={async () => {
                if ((await setWindows([...windows, time])) === null) setTime('');
              }}
            >
              {t('options_batchAdd')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
