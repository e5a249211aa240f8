/** What the browser reports about tabs (titles, favicons, audio), recorded from the control tab. */
import type { Page } from 'playwright-core';
import type { BrowserHandle } from './browser';
import type { ExtensionGlobal, TabChange } from './chrome-types';
import { controlPage } from './control';

/** One `chrome.tabs.onUpdated` event; each field is present only when it changed in that event. */
export interface TabUpdate extends TabChange {
  tabId: number;
  at: number;
}

export interface TabRecorder {
  read(): Promise<TabUpdate[]>;
  clear(): Promise<void>;
  /** Polls `read()` until `predicate` holds for one update; resolves with that update. */
  waitFor(predicate: (u: TabUpdate) => boolean, timeoutMs?: number): Promise<TabUpdate>;
  stop(): Promise<void>;
}

let recorders = 0;

/**
 * Records every tab update the browser reports to the extension. It listens in the control tab
 * (an extension page), not the worker, so recording goes on while the worker is stopped; it ends
 * with the browser. Without the `tabs` permission Chromium reports title/favicon/url only for tabs
 * on hosts the extension may access (the watched hosts, or a custom site once granted).
 */
export async function recordTabUpdates(handle: BrowserHandle): Promise<TabRecorder> {
  const page = await controlPage(handle);
  const key = `__tabUpdates${++recorders}`;
  await page.evaluate((k) => {
    const g = globalThis as ExtensionGlobal;
    const list: unknown[] = [];
    const listener = (tabId: number, change: object) => list.push({ tabId, at: Date.now(), ...change });
    g.chrome.tabs.onUpdated.addListener(listener);
    g[k] = list;
    g[`${k}stop`] = () => g.chrome.tabs.onUpdated.removeListener(listener);
  }, key);
  const read = () => page.evaluate((k) => (globalThis as ExtensionGlobal)[k] as TabUpdate[], key);
  return {
    read,
    clear: () =>
      page.evaluate((k) => {
        ((globalThis as ExtensionGlobal)[k] as unknown[]).length = 0;
      }, key),
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = (await read()).find(predicate);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`No matching tab update within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop: () => page.evaluate((k) => ((globalThis as ExtensionGlobal)[`${k}stop`] as () => void)(), key),
  };
}

/**
 * The `chrome.tabs` id of `page`. Matches by URL; when several tabs share it, tags this page's URL
 * with a fragment for a moment (history.replaceState: no navigation, no hashchange) to tell them apart.
 * Needs host access to the page's origin (true for every watched host).
 */
export async function tabIdOf(handle: BrowserHandle, page: Page): Promise<number> {
  const control = await controlPage(handle);
  const idsFor = (url: string) =>
    control.evaluate(
      async (u) =>
        (await (globalThis as ExtensionGlobal).chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1),
      url,
    );
  const ids = await idsFor(page.url());
  if (ids.length === 1) return ids[0]!;
  const marker = `harness-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const original = page.url();
  const tagged = await page.evaluate((m) => {
    const u = `${location.href.split('#')[0]}#${m}`;
    history.replaceState(history.state, '', u);
    return u;
  }, marker);
  try {
    for (let i = 0; i < 50; i++) {
      const found = await idsFor(tagged);
      if (found.length === 1) return found[0]!;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`No tab visible to the extension at ${original}: does it have host access?`);
  } finally {
    await page.evaluate((u) => history.replaceState(history.state, '', u), original);
  }
}
