/** The extension's own pages and notifications. */
import type { Page } from 'playwright-core';
import type { BrowserHandle } from './browser';
import type { ExtensionGlobal } from './chrome-types';
import { controlPage } from './control';

export type ExtensionPageName = 'popup.html' | 'options.html' | 'report.html';

/** Opens one of the extension's pages in a new tab (optionally in light or dark mode) after load. */
export async function openExtensionPage(
  handle: BrowserHandle,
  name: ExtensionPageName,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = await handle.context.newPage();
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(`chrome-extension://${handle.extensionId}/${name}`, { waitUntil: 'load' });
  return page;
}

/**
 * Ids of the extension's live `chrome.notifications`. Chromium's `getAll()` gives ids only: the
 * title and message of a digest are not readable from outside the product (see e2e/README.md).
 */
export async function listExtensionNotifications(handle: BrowserHandle): Promise<string[]> {
  const page = await controlPage(handle);
  return page.evaluate(async () => Object.keys(await (globalThis as ExtensionGlobal).chrome.notifications.getAll()));
}
