/**
 * Background wiring only: every listener is registered synchronously in main(), because a stopped
 * service worker is woken by the event and must find its listener at once.
 */
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { appForUrl } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import { onNotificationChosen } from '@/utils/browser-notifications';
import { lastDigest, read, retentionAt, STORAGE_VERSION, storageVersion, write } from '@/utils/browser-storage';
import { digestTargetOf } from '@/utils/digest';
import { applyRetention, hasStoredSettings, loadSettings, openBlock, saveSettingsRecord } from '@/utils/records';
import { firstSettings } from '@/utils/settings';

import { registerCustomSites } from './custom-sites';
import { BOUNDARY_ALARM, onSettled, recompute, serialised } from './engine';
import { answerMessage, handlers } from './handlers';
import { onTabChanged, releaseOrphanedTabs } from './holding';
import { migrateStorage } from './migrate-storage';
import { openPageNotice } from './page-notices';
import { onTabActivated } from './peeks';
import { applyAwaySetting, onIdleStateChanged } from './presence';
import { adoptSyncedSchedule } from './sync';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(answerMessage);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BOUNDARY_ALARM) void recompute();
  });
  browser.runtime.onStartup.addListener(() => void recompute());
  browser.idle.onStateChanged.addListener((state) => void onIdleStateChanged(state));
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Unpacked extensions report 'install' on every launch: welcome only a truly new person.
    if (reason === 'install' && !(await hasStoredSettings())) {
      await write(storageVersion, STORAGE_VERSION);
      // The first settings speak the person's language: breakthrough keywords and the strict phrase.
      await saveSettingsRecord(firstSettings(t('default_keywords'), t('default_strictPhrase')));
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
    }
    // Keys an earlier version left are brought to the current layout before anything reads them.
    if (reason === 'update') await migrateStorage();
    // An update or reload orphans the scripts in open tabs: let those tabs go (holding.ts).
    if (reason === 'update') await serialised(releaseOrphanedTabs);
    await registerCustomSites();
    await recompute();
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'start-focus') return;
    const settings = await loadSettings();
    await handlers.startBlock({ minutes: settings.defaultMinutes }, {});
  });

  // Tab events share the engine's queue: muting state is read, changed and written back, and two
  // interleaved updates would lose one tab (measured: a tab opened during start-up stayed muted).
  // They matter only during a block, so outside one the listeners are removed: then browsing does
  // not wake the worker at all. They are added here first so a worker woken mid-block hears them.
  const tabActivated = ({ tabId }: { tabId: number }) =>
    serialised(async () => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const block = await openBlock();
      await onTabActivated(tabId, tab?.url, block && Date.now() < block.end ? block : undefined, Date.now());
    });
  const tabUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (!change.url && !change.mutedInfo && change.audible === undefined && change.status !== 'loading') return;
    return serialised(async () => {
      const block = await openBlock();
      await onTabChanged(tabId, change, tab, Boolean(block && Date.now() < block.end));
    });
  };
  const listenToTabs = (on: boolean) => {
    if (on && !browser.tabs.onActivated.hasListener(tabActivated)) {
      browser.tabs.onActivated.addListener(tabActivated);
      browser.tabs.onUpdated.addListener(tabUpdated);
    } else if (!on && browser.tabs.onActivated.hasListener(tabActivated)) {
      browser.tabs.onActivated.removeListener(tabActivated);
      browser.tabs.onUpdated.removeListener(tabUpdated);
    }
  };
  listenToTabs(true);
  onSettled(listenToTabs);

  onNotificationChosen(async (id, choice) => {
    if (await openPageNotice(id)) return;
    if (!id.startsWith('digest-')) return;
    const last = await read(lastDigest);
    // An older digest than the last one still opens the report: its busiest app is not known any more.
    const target =
      last?.id === id
        ? digestTargetOf(last.busiestAppId, choice, last.withButtons ?? true)
        : ({ kind: 'report' } as const);
    if (target.kind === 'app' && (await focusAppTab(target.appId))) return;
    await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  });

  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area === 'sync' && changes.schedule && (await adoptSyncedSchedule(changes.schedule.newValue)))
      await recompute();
  });

  // Every wake: a changed system time zone, or a boundary passed while the browser slept, shows here.
  void (async () => {
    applyAwaySetting(await loadSettings());
    await recompute();
    await retentionAtMostDaily();
  })();
});

/** Focuses an open tab of the app; false when none is open (we do not know the person's account URL). */
async function focusAppTab(appId: string): Promise<boolean> {
  const settings = await loadSettings();
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined && tab.url && appForUrl(tab.url, settings.customSites) === appId) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      return true;
    }
  }
  return false;
}

const DAY_MS = 86_400_000;

/** Deletes notification text and history past what the person keeps; the wake path runs it at most daily. */
async function retentionAtMostDaily(): Promise<void> {
  const now = Date.now();
  if (now - (await read(retentionAt)) < DAY_MS) return;
  await applyRetention(await loadSettings(), now);
  await write(retentionAt, now);
}
