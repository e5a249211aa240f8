import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AppId, WATCHED_APPS } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import { send } from '@/utils/messages';
import { CustomSiteForm } from './CustomSiteForm';
import { type Status, StatusLine } from './StatusLine';
import { useSettings } from './settings-context';
import { originPattern } from './site-origin';

function grammarName(id: string | null): string {
  return id === null ? t('options_grammarGeneric') : (WATCHED_APPS.find((a) => a.id === id)?.name ?? id);
}

/**
 * Sites the person added. The host permission is asked for in the click that adds a site (browsers only
 * show the prompt during a user gesture), and the background is told only once it was granted.
 */
export function CustomSites() {
  const { settings, refresh } = useSettings();
  const [status, setStatus] = useState<Status>(null);

  const add = async (origin: string, name: string, grammar: AppId | null) => {
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    } catch (e) {
      setStatus({ kind: 'error', text: t('options_siteRequestFailed', String((e as Error)?.message ?? e)) });
      return false;
    }
    if (!granted) {
      setStatus({ kind: 'error', text: t('options_sitePermissionRefused', origin) });
      return false;
    }
    try {
      const reply = await send('addCustomSite', { origin, name, grammar });
      if (!reply.ok) {
        // Do not keep access to a site Heads Down is not watching.
        await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
        setStatus({ kind: 'error', text: reply.error });
        return false;
      }
    } catch {
      setStatus({ kind: 'error', text: t('options_errorBackground') });
      return false;
    }
    await refresh();
    setStatus({ kind: 'ok', text: t('options_siteAdded', name) });
    return true;
  };

  const remove = async (origin: string, name: string) => {
    try {
      const reply = await send('removeCustomSite', { origin });
      if (!reply.ok) return setStatus({ kind: 'error', text: reply.error });
    } catch {
      return setStatus({ kind: 'error', text: t('options_errorBackground') });
    }
    // A catalog host cannot be removed (it is a required permission); that refusal is harmless.
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    await refresh();
    setStatus({ kind: 'ok', text: t('options_siteRemoved', name) });
  };

  return (
    <div class="custom-sites">
      <h3>{t('options_sitesTitle')}</h3>
      {settings.customSites.length === 0 ? (
        <p class="empty">{t('options_sitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {settings.customSites.map((site) => (
            <li key={site.origin} class="site">
              <span class="site-text">
                <span class="switch-label">{site.name}</span>
                <span class="hint">
                  {site.origin} · {grammarName(site.grammar)}
                </span>
              </span>
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={t('options_siteRemoveLabel', site.name)}
                onClick={() => void remove(site.origin, site.name)}
              >
                {t('options_siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CustomSiteForm existing={settings.customSites.map((s) => s.origin)} onAdd={add} onInvalid={setStatus} />
      <StatusLine status={status} id="sites-status" />
    </div>
  );
}
