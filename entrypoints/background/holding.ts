/**
 * Makes the browser match the focus state: the shared state content scripts read, muted watched
 * tabs (their earlier muted state respected), and the toolbar icon and badge.
 */
import { browser } from 'wxt/browser';
import { appForUrl } from '@/utils/apps';
import { clockTime, t } from '@/utils/browser-i18n';
import { focusState, type MuteMemory, muteMemory, read, write } from '@/utils/browser-storage';
import type { SharedFocusState } from '@/utils/focus-state';
import type { FocusBlock } from '@/utils/model';
import { listedHeld, loadSettings } from '@/utils/records';
import type { Settings } from '@/utils/settings';

/**
 * Chromium keeps a tab "audible" for about 2 s after a sound ends, so a notification beep just
 * before a block starts looks like a call. A tab that falls silent this soon was only beeping.
 */
const BEEP_MAX_MS = 5_000;

export async function publishFocusState(block: FocusBlock | null, settings: Settings): Promise<void> {
  const previous = await read(focusState);
  const next: SharedFocusState = {
    block: block ? { id: block.id, start: block.start, end: block.end } : null,
    disabledApps: settings.disabledApps,
    neverHold: settings.breakthrough.neverHold,
    customSites: settings.customSites,
    revision: (previous?.revision ?? 0) + 1,
  };
  const same = previous && JSON.stringify({ ...previous, revision: 0 }) === JSON.stringify({ ...next, revision: 0 });
  if (!same) await write(focusState, next);
}

function watched(url: string | undefined, settings: Settings): string | null {
  if (!url) return null;
  const appId = appForUrl(url, settings.customSites);
  return appId && !settings.disabledApps.includes(appId) && !settings.breakthrough.neverHold.includes(appId)
    ? appId
    : null;
}

/** Mutes or unmutes watched tabs and sets the toolbar for the current block. */
export async function settleTabs(block: FocusBlock | null): Promise<void> {
  const settings = await loadSettings();
  const memory: MuteMemory = await read(muteMemory);
  const tabs = await browser.tabs.query({});
  if (block) {
    for (const tab of tabs) await holdTab(tab, settings, memory);
  } else {
    for (const tab of tabs) {
      if (tab.id !== undefined && memory.mutedByUs.includes(tab.id) && tab.mutedInfo?.muted)
        await browser.tabs.update(tab.id, { muted: false }).catch(() => undefined);
    }
    memory.mutedByUs = [];
    memory.leftAlone = [];
    memory.audibleSince = {};
    memory.orphaned = [];
  }
  await write(muteMemory, memory);
  await updateToolbar(block, settings);
}

/** Mutes one watched tab for the block, unless it is in a call or the person unmuted it. */
async function holdTab(
  tab: { id?: number; url?: string; audible?: boolean; mutedInfo?: { muted: boolean } },
  settings: Settings,
  memory: MuteMemory,
): Promise<void> {
  if (tab.id === undefined || !watched(tab.url, settings)) return;
  if (memory.mutedByUs.includes(tab.id) || memory.leftAlone.includes(tab.id)) return;
  if (tab.mutedInfo?.muted) return; // already muted by the person: theirs to keep
  if (tab.audible) {
    memory.leftAlone.push(tab.id); // a call in progress, or a beep that is just ending
    memory.audibleSince = { ...memory.audibleSince, [tab.id]: Date.now() };
    return;
  }
  await browser.tabs.update(tab.id, { muted: true }).catch(() => undefined);
  memory.mutedByUs.push(tab.id);
}

/**
 * After an update or reload of the extension, the scripts in open tabs belong to the old version:
 * they notice and stand down (entrypoints/relay.ts), so those tabs are no longer guarded.
 * Their sound is let go too: tabs muted for the block are unmuted and left alone until they load
 * again, when the new version's scripts guard them from their first title and the tab is held again.
 * (Injecting the new scripts instead would come after the page's own scripts, too late to guard.)
 */
export async function releaseOrphanedTabs(): Promise<void> {
  const settings = await loadSettings();
  const memory: MuteMemory = await read(muteMemory);
  const orphaned = (await browser.tabs.query({}))
    .filter((tab) => tab.id !== undefined && watched(tab.url, settings))
    .map((tab) => tab.id!);
  for (const id of memory.mutedByUs)
    if (orphaned.includes(id)) await browser.tabs.update(id, { muted: false }).catch(() => undefined);
  memory.mutedByUs = memory.mutedByUs.filter((id) => !orphaned.includes(id));
  memory.leftAlone = [...new Set([...memory.leftAlone, ...orphaned])];
  memory.orphaned = [...new Set([...(memory.orphaned ?? []), ...orphaned])];
  await write(muteMemory, memory);
}

/** A tab changed during a block: mute it if it became a watched app; respect the person unmuting it. */
export async function onTabChanged(
  tabId: number,
  change: { url?: string; status?: string; audible?: boolean; mutedInfo?: { muted: boolean; reason?: string } },
  tab: { id?: number; url?: string; audible?: boolean; mutedInfo?: { muted: boolean } },
  blockRunning: boolean,
): Promise<void> {
  if (!blockRunning) return;
  const memory: MuteMemory = await read(muteMemory);
  if ((change.url || change.status === 'loading') && memory.orphaned?.includes(tabId)) {
    // It loads again, with the current version's scripts: it is held like any other tab.
    memory.orphaned = memory.orphaned.filter((id) => id !== tabId);
    memory.leftAlone = memory.leftAlone.filter((id) => id !== tabId);
  }
  if (change.mutedInfo && !change.mutedInfo.muted && change.mutedInfo.reason === 'user') {
    memory.mutedByUs = memory.mutedByUs.filter((id) => id !== tabId);
    if (!memory.leftAlone.includes(tabId)) memory.leftAlone.push(tabId);
  } else if (change.audible === false && memory.audibleSince?.[tabId] !== undefined) {
    const since = memory.audibleSince[tabId]!;
    delete memory.audibleSince[tabId];
    if (Date.now() - since < BEEP_MAX_MS) {
      memory.leftAlone = memory.leftAlone.filter((id) => id !== tabId);
      await holdTab(tab, await loadSettings(), memory);
    }
  } else if (change.url || change.mutedInfo === undefined) {
    await holdTab(tab, await loadSettings(), memory);
  }
  await write(muteMemory, memory);
}

export async function updateToolbar(block: FocusBlock | null, settings: Settings): Promise<void> {
  const prefix = block ? 'icons/focus-' : 'icons/';
  await browser.action.setIcon({ path: { 16: `/${prefix}16.png`, 32: `/${prefix}32.png` } });
  let text = '';
  if (block && settings.showHeldCount) {
    const held = (await listedHeld()).filter((i) => i.blockId === block.id).length;
    text = held > 0 ? String(held) : '';
  }
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: '#92400e' });
  await browser.action.setTitle({
    title: block ? t('toolbar_focusingUntil', clockTime(block.end)) : t('extName'),
  });
}
