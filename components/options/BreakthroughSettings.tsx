import { t } from '@/utils/browser-i18n';
import { ChipInput } from './ChipInput';
import { useSettings } from './settings-context';
import { appLabel, LISTED_APPS } from './WatchedApps';

/** What may interrupt a block: keywords, VIP senders, and apps that are never held. */
export function BreakthroughSettings() {
  const { settings, save } = useSettings();
  const b = settings.breakthrough;
  const apps = [
    ...LISTED_APPS.map((a) => ({ id: a.id as string, name: appLabel(a) })),
    ...settings.customSites.map((s) => ({ id: `custom:${s.origin}`, name: s.name })),
  ];
  return (
    <div class="breakthrough">
      <ChipInput
        id="bt-keywords"
        label={t('options_keywords')}
        hint={t('options_keywordsHint')}
        placeholder={t('options_keywordsPlaceholder')}
        values={b.keywords}
        onChange={(keywords) => save({ ...settings, breakthrough: { ...b, keywords } })}
      />
      <ChipInput
        id="bt-vips"
        label={t('options_vips')}
        hint={t('options_vipsHint')}
        placeholder={t('options_vipsPlaceholder')}
        values={b.vips}
        onChange={(vips) => save({ ...settings, breakthrough: { ...b, vips } })}
      />
      <fieldset class="field never-hold">
        <legend>{t('options_neverHold')}</legend>
        <p class="hint">{t('options_neverHoldHint')}</p>
        <div class="check-grid">
          {apps.map((app) => (
            <label key={app.id} class="check">
              <input
                type="checkbox"
                checked={b.neverHold.includes(app.id)}
                onChange={(e) => {
                  const neverHold = e.currentTarget.checked
                    ? [...b.neverHold, app.id]
                    : b.neverHold.filter((id) => id !== app.id);
                  void save({ ...settings, breakthrough: { ...b, neverHold } });
                }}
              />
              <span>{app.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
