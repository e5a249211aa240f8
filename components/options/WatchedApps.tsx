import { WATCHED_APPS, type WatchedApp } from '@/utils/apps';
import { Switch } from './Switch';
import { useSettings } from './settings-context';

/** "mail.google.com" from "https://mail.google.com/*": enough to tell the two Telegram clients apart. */
function hostOf(pattern: string): string {
  return pattern
    .replace(/^[^:]+:\/\//, '')
    .replace(/\/\*$/, '')
    .replace(/^\*\./, '');
}

/** An app's name, told apart where two catalog entries share one (Telegram's K and A web clients). */
export function appLabel(app: WatchedApp): string {
  if (app.id === 'telegram-k') return `${app.name} Web K`;
  if (app.id === 'telegram-a') return `${app.name} Web A`;
  return app.name;
}

/** Catalog apps with hosts of their own; self-hosted-only apps (Mattermost) are added as custom sites. */
export const LISTED_APPS = WATCHED_APPS.filter((app) => app.matches.length > 0);

/** One switch per catalog app; switching one off adds it to settings.disabledApps. */
export function WatchedApps() {
  const { settings, save } = useSettings();
  return (
    <ul class="app-list">
      {LISTED_APPS.map((app) => {
        const on = !settings.disabledApps.includes(app.id);
        return (
          <li key={app.id}>
            <Switch
              label={appLabel(app)}
              hint={hostOf(app.matches[0] ?? '')}
              checked={on}
              onChange={(checked) =>
                save({
                  ...settings,
                  disabledApps: checked
                    ? settings.disabledApps.filter((id) => id !== app.id)
                    : [...settings.disabledApps, app.id],
                })
              }
            />
          </li>
        );
      })}
    </ul>
  );
}
