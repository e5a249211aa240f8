/**
 * The product in Firefox, driven the way the Chromium harness does it (e2e/harness, e2e/product.ts):
 * the fixture apps at their real URLs, a control tab (an extension page) to call `browser.*` from,
 * and the popup opened in a tab.
 */
import type { Browser, Page } from 'puppeteer-core';
import { CUSTOM_ORIGIN_PLACEHOLDER, type FixtureAppId } from '../fixtures/apps';
import { resolveApp, serveFixture } from '../fixtures/serve';
import type { FixtureDriver } from '../fixtures/types';
import { type FirefoxHandle, launchFirefox, locationOf, waitForPage } from './firefox';

export interface FirefoxProduct {
  firefox: FirefoxHandle;
  browser: Browser;
  /** The welcome tab the background opens on install: an extension page, where `browser.*` works. */
  control: Page;
  close(): Promise<void>;
}

/** Launches Firefox with the build and waits for the welcome tab to serve as the control tab. */
export async function launchProduct(): Promise<FirefoxProduct> {
  const firefox = await launchFirefox();
  try {
    const { page } = await waitForPage(
      firefox.browser,
      (href) => href.startsWith('moz-extension://') && href.endsWith('/options.html#welcome'),
    );
    return { firefox, browser: firefox.browser, control: page, close: () => firefox.close() };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/** Polls `probe` until it returns a truthy value; throws naming `what` (and the last value) after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The WebExtension `browser` global of an extension page, as far as the tests use it. */
interface Ext {
  runtime: { sendMessage(m: unknown): Promise<unknown>; getURL(path: string): string };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(q: object): Promise<ExtTab[]>;
    create(p: { url: string; active?: boolean }): Promise<unknown>;
  };
  notifications: { getAll(): Promise<Record<string, { title?: string; message?: string }>> };
}
export interface ExtTab {
  id?: number;
  url?: string;
  title?: string;
  favIconUrl?: string;
  active?: boolean;
  mutedInfo?: { muted: boolean };
}
/** Functions given to `evaluate` run in the page from their source text: each names the global itself. */
type ExtGlobal = typeof globalThis & { browser: Ext };

/** Sends a protocol message from the control tab, as the popup does, and returns the reply. */
export function ask<T = unknown>(p: FirefoxProduct, type: string, payload?: unknown): Promise<T> {
  return p.control.evaluate((m) => (globalThis as ExtGlobal).browser.runtime.sendMessage(m), {
    type,
    payload,
  }) as Promise<T>;
}

/** One key of the extension's storage.local. */
export async function stored<T = unknown>(p: FirefoxProduct, key: string): Promise<T | undefined> {
  const got = await p.control.evaluate((k) => (globalThis as ExtGlobal).browser.storage.local.get(k), key);
  return got[key] as T | undefined;
}

/** Every tab as the extension sees it (title and favicon only for hosts it may access). */
export function tabs(p: FirefoxProduct): Promise<ExtTab[]> {
  return p.control.evaluate(() =>
    (globalThis as ExtGlobal).browser.tabs.query({}).then((all) =>
      all.map(({ id, url, title, favIconUrl, active, mutedInfo }) => ({
        id,
        url,
        title,
        favIconUrl,
        active,
        mutedInfo,
      })),
    ),
  );
}

/** The extension's own notifications: Firefox lists their title and message (Chromium lists ids only). */
export function notifications(p: FirefoxProduct): Promise<Record<string, { title?: string; message?: string }>> {
  return p.control.evaluate(() => (globalThis as ExtGlobal).browser.notifications.getAll());
}

/** The digest notifications shown so far, by id. */
export async function digests(p: FirefoxProduct): Promise<Array<{ id: string; title: string; message: string }>> {
  return Object.entries(await notifications(p))
    .filter(([id]) => id.startsWith('digest-'))
    .map(([id, n]) => ({ id, title: n.title ?? '', message: n.message ?? '' }));
}

/** Serves every fixture app at its real URL in `page`, and refuses every other request it makes. */
export async function serveApps(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const answer = serveFixture(request.url(), CUSTOM_ORIGIN_PLACEHOLDER);
    const done = answer
      ? request.respond({
          status: answer.status,
          contentType: answer.contentType,
          body: answer.body,
          headers: { 'cache-control': 'no-store' },
        })
      : request.abort('blockedbyclient');
    done.catch(() => {
      // The page navigated away or closed before the answer: nothing is waiting for it.
    });
  });
}

/** Opens a fixture app at its real URL in a new tab and waits until its runtime is ready. */
export async function openApp(p: FirefoxProduct, id: FixtureAppId): Promise<Page> {
  const page = await p.browser.newPage();
  await serveApps(page);
  await page.goto(resolveApp(id, CUSTOM_ORIGIN_PLACEHOLDER).url, { waitUntil: 'load', timeout: 20_000 });
  await page.waitForFunction(() => '__fixture' in window, { timeout: 10_000 });
  await page.evaluate(() => (window as unknown as { __fixture: FixtureDriver }).__fixture.whenReady());
  return page;
}

/** The tab of a fixture app, found by its URL (each app is open once). */
export async function appTab(p: FirefoxProduct, id: FixtureAppId): Promise<ExtTab> {
  const url = resolveApp(id, CUSTOM_ORIGIN_PLACEHOLDER).url;
  const tab = (await tabs(p)).find((t) => t.url?.startsWith(url));
  if (!tab) throw new Error(`No tab for ${id} at ${url}`);
  return tab;
}

/** Opens an extension page in a new tab (BiDi may not navigate to moz-extension:// itself). */
export async function openExtensionPage(p: FirefoxProduct, path: string): Promise<Page> {
  const before = new Set(await p.browser.pages());
  await p.control.evaluate((u) => {
    const b = (globalThis as ExtGlobal).browser;
    return b.tabs.create({ url: b.runtime.getURL(`/${u}`) });
  }, path);
  const { page } = await waitForPage(
    p.browser,
    (href) => href.startsWith('moz-extension://') && href.endsWith(path),
    15_000,
  ).then(async (found) => {
    // Prefer the tab just opened over an older one at the same page.
    for (const candidate of await p.browser.pages())
      if (!before.has(candidate) && (await locationOf(candidate)).endsWith(path)) return { page: candidate };
    return found;
  });
  return page;
}
