import { t } from '@/utils/browser-i18n';
import { NumberField } from './NumberField';
import { useSettings } from './settings-context';

/** How much of each held notification is kept, and for how long. */
export function PrivacySettings() {
  const { settings, save } = useSettings();
  const p = settings.privacy;
  const setKeepText = (keepText: boolean) => save({ ...settings, privacy: { ...p, keepText } });
  return (
    <div class="privacy">
      <fieldset class="choice">
        <legend>{t('options_keepTextLegend')}</legend>
        <label class="radio">
          <input type="radio" name="keep-text" checked={p.keepText} onChange={() => void setKeepText(true)} />
          <span>
            <span class="switch-label">{t('options_keepText')}</span>
            <span class="hint">{t('options_keepTextHint')}</span>
          </span>
        </label>
        <label class="radio">
          <input type="radio" name="keep-text" checked={!p.keepText} onChange={() => void setKeepText(false)} />
          <span>
            <span class="switch-label">{t('options_keepCounts')}</span>
            <span class="hint">{t('options_keepCountsHint')}</span>
          </span>
        </label>
      </fieldset>
      <div class="field-row">
        <NumberField
          id="privacy-text-days"
          label={t('options_textDays')}
          suffix={t('options_days')}
          min={0}
          max={365}
          value={p.textDays}
          disabled={!p.keepText}
          onCommit={(textDays) => save({ ...settings, privacy: { ...p, textDays } })}
        />
        <NumberField
          id="privacy-history-days"
          label={t('options_historyDays')}
          suffix={t('options_days')}
          min={7}
          max={3650}
          value={p.historyDays}
          onCommit={(historyDays) => save({ ...settings, privacy: { ...p, historyDays } })}
        />
      </div>
      <p class="hint">{t('options_localOnly')}</p>
    </div>
  );
}
