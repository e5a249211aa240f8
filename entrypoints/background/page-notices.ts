/**
 * The extension's own notification for one page notification: a breakthrough (the guard held it and
 * the background let it through), or one held after its block's digest was out. The page never
 * shows these itself, because the person's rules never reach it. Clicking one opens its tab.
 * This is the one place that creates such notifications.
 */
import { browser } from 'wxt/browser';
import { appDisplayName } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import type { Settings } from '@/utils/settings';
import type { PageNotice } from './store-signals';

const PREFIX = 'page-';

export async function showPageNotice(notice: PageNotice, settings: Settings): Promise<void> {
  const app = appDisplayName(notice.appId, settings.customSites);
  await browser.notifications.create(`${PREFIX}${notice.tabId ?? 'none'}-${crypto.randomUUID()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: notice.title ? t('pageNoticeTitle', app, notice.title) : app,
    message: notice.body,
    priority: 1,
  });
}

/** Handles a click on a page notice (true) by bringing its tab forward; false for other notifications. */
export async function openPageNotice(id: string): Promise<boolean> {
  if (!id.startsWith(PREFIX)) return false;
  const tabId = Number(id.slice(PREFIX.length).split('-')[0]);
  const tab = Number.isInteger(tabId) ? await browser.tabs.get(tabId).catch(() => undefined) : undefined;
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined)
      await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  }
  await browser.notifications.clear(id);
  return true;
}
