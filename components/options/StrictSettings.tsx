import { t } from '@/utils/browser-i18n';
import { NumberField } from './NumberField';
import { Switch } from './Switch';
import { useSettings } from './settings-context';
import { useDraft } from './use-draft';

/** Strict mode: ending a block early costs a typed phrase and is limited per week. */
export function StrictSettings() {
  const { settings, save } = useSettings();
  const s = settings.strict;
  const [phrase, setPhrase] = useDraft(s.phrase);
  return (
    <div class="strict">
      <Switch
        label={t('options_strictOn')}
        hint={t('options_strictOnHint')}
        checked={s.enabled}
        onChange={(enabled) => save({ ...settings, strict: { ...s, enabled } })}
      />
      <div class="field">
        <label for="strict-phrase">{t('options_strictPhrase')}</label>
        <input
          id="strict-phrase"
          type="text"
          class="wide"
          maxLength={200}
          value={phrase}
          disabled={!s.enabled}
          aria-describedby="strict-phrase-hint"
          onInput={(e) => setPhrase(e.currentTarget.value)}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (next !== s.phrase) void save({ ...settings, strict: { ...s, phrase: next } });
          }}
        />
        <p class="hint" id="strict-phrase-hint">
          {t('options_strictPhraseHint')}
        </p>
      </div>
      <NumberField
        id="strict-ends"
        label={t('options_strictEnds')}
        hint={t('options_strictEndsHint')}
        min={0}
        max={50}
        value={s.earlyEndsPerWeek}
        disabled={!s.enabled}
        onCommit={(earlyEndsPerWeek) => save({ ...settings, strict: { ...s, earlyEndsPerWeek } })}
      />
    </div>
  );
}
