/**
 * Sites the person adds (self-hosted Mattermost, Rocket.Chat, Zulip, Element, anything else). The
 * options page asks for the origin's host permission in the click that adds it; here the same
 * guard and relay scripts are registered for that origin at run time.
 */
import { browser } from 'wxt/browser';
import type { CustomSite } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import type { Done } from '@/utils/messages';
import { loadSettings, saveSettingsRecord } from '@/utils/records';
import { validateSettings } from '@/utils/settings';
import { CUSTOM_SITE_GUARD_FILE, RELAY_FILE } from '@/utils/watched-scripts';
import { say } from '@/utils/wording';
import { recompute } from './engine';

const scriptIds = (origin: string) => {
  const key = origin.replace(/[^a-z0-9]/gi, '_');
  return { guard: `guard-${key}`, relay: `relay-${key}` };
};

/**
 * Every same-origin frame too, as the manifest's watched apps (utils/watched-scripts.ts): a site's
 * iframes (about:blank and srcdoc ones included, matched through their creator's origin) can raise
 * notifications and play sounds.
 */
const FRAMES = { runAt: 'document_start', allFrames: true, matchOriginAsFallback: true } as const;

async function register(site: CustomSite): Promise<void> {
  const ids = scriptIds(site.origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ids.guard, ids.relay] });
  // Registered by an earlier version for the top frame only: registered again (after an update).
  if (existing.length === 2 && existing.every((s) => s.allFrames && s.matchOriginAsFallback)) return;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  const matches = [`${site.origin}/*`];
  await browser.scripting.registerContentScripts([
    { id: ids.guard, matches, js: [CUSTOM_SITE_GUARD_FILE], world: 'MAIN', persistAcrossSessions: true, ...FRAMES },
    { id: ids.relay, matches, js: [RELAY_FILE], persistAcrossSessions: true, ...FRAMES },
  ]);
}

/** Re-registers every custom site whose permission is still granted (after an update, or a restart). */
export async function registerCustomSites(): Promise<void> {
  const settings = await loadSettings();
  for (const site of settings.customSites) {
    if (await browser.permissions.contains({ origins: [`${site.origin}/*`] }))
      await register(site).catch(() => undefined);
  }
}

export async function addCustomSite(payload: { origin: string; name: string; grammar: string | null }): Promise<Done> {
  let origin: string;
  try {
    origin = new URL(String(payload?.origin)).origin;
  } catch {
    return { ok: false, error: t('err_siteAddress') };
  }
  if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
    return { ok: false, error: t('err_sitePermission', origin) };
  const settings = await loadSettings();
  const site: CustomSite = {
    origin,
    name: String(payload.name ?? '').trim() || new URL(origin).host,
    grammar: (payload.grammar as CustomSite['grammar']) ?? null,
  };
  const next = { ...settings, customSites: [...settings.customSites.filter((s) => s.origin !== origin), site] };
  const checked = validateSettings(next);
  if (!checked.ok) return { ok: false, error: say({ t }, checked.error) };
  await register(site);
  await saveSettingsRecord(checked.settings);
  await recompute();
  // Pages already open get the guard now rather than at their next load.
  const tabs = await browser.tabs.query({ url: `${origin}/*` });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: [`/${CUSTOM_SITE_GUARD_FILE}`],
        world: 'MAIN',
      })
      .catch(() => undefined);
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${RELAY_FILE}`] })
      .catch(() => undefined);
  }
  return { ok: true };
}

export async function removeCustomSite(payload: { origin: string }): Promise<Done> {
  const settings = await loadSettings();
  const origin = String(payload?.origin ?? '');
  if (!settings.customSites.some((s) => s.origin === origin)) return { ok: false, error: t('err_siteNotListed') };
  const ids = scriptIds(origin);
  await browser.scripting.unregisterContentScripts({ ids: [ids.guard, ids.relay] }).catch(() => undefined);
  await saveSettingsRecord({ ...settings, customSites: settings.customSites.filter((s) => s.origin !== origin) });
  await recompute();
  return { ok: true };
}
