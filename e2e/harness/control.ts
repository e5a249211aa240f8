/**
 * The control tab: an extension-origin page the harness owns. It gives `chrome.*` access that
 * survives service-worker stops, and a CDP session that can see and stop the extension's worker.
 * It shows the extension's own manifest.json, so none of the product's page code runs in it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BrowserHandle } from './browser';

export interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  status: string;
}

export interface Control {
  page: Page;
  cdp: CDPSession;
  /** Every service worker version CDP has reported, by id, kept current by events. */
  versions: Map<string, WorkerVersion>;
}

const controls = new WeakMap<BrowserContext, Promise<Control>>();

async function create(handle: BrowserHandle): Promise<Control> {
  const blank = handle.context.pages().find((p) => p.url() === 'about:blank');
  const page = blank ?? (await handle.context.newPage());
  await page.goto(`chrome-extension://${handle.extensionId}/manifest.json`);
  const cdp = await handle.context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: list }) => {
    for (const v of list) versions.set(v.versionId, v as WorkerVersion);
  });
  await cdp.send('ServiceWorker.enable');
  return { page, cdp, versions };
}

/** The control tab of `handle`'s browser, opened on first use (and reopened if a test closed it). */
export async function openControl(handle: BrowserHandle): Promise<Control> {
  const existing = controls.get(handle.context);
  if (existing) {
    const control = await existing;
    if (!control.page.isClosed()) return control;
  }
  const made = create(handle);
  controls.set(handle.context, made);
  return made;
}

/** The control tab's page, for `page.evaluate(() => chrome.…)` calls. */
export async function controlPage(handle: BrowserHandle): Promise<Page> {
  return (await openControl(handle)).page;
}
