/**
 * Figures 4 and 5: what the guard costs a watched page, as ratios against the same fixture page at
 * the same URL in a browser without the extension, measured alternately in the same run (and, as a
 * check, against the same page at an address no content script matches, in the same browser).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { warmedRatio } from './measure';

/** Navigation start to the end of the load event, in a fresh tab (nothing cached in the page). */
export async function loadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      for (;;) {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (nav && nav.loadEventEnd > 0) return nav.loadEventEnd - nav.startTime;
        await new Promise((r) => setTimeout(r, 5));
      }
    });
  } finally {
    await page.close();
  }
}

/**
 * Figure 4: median load of `url` with the extension over median load of `withoutUrl` (the same URL
 * unless said) without it, `runs` each.
 */
export async function loadRatio(
  withExt: BrowserContext,
  without: BrowserContext,
  url: string,
  runs: number,
  withoutUrl = url,
) {
  return warmedRatio(
    runs,
    () => loadMs(withExt, url),
    () => loadMs(without, withoutUrl),
    'ms',
  );
}

/**
 * `count` title assignments with a rising count (each one a new unread count, the guard's worst
 * case), timed until the page's task queue has drained the work they queued (the guard's
 * postMessage signals and the relay's handling of them run on the same thread).
 */
export function titleSetMs(page: Page, count: number): Promise<number> {
  return page.evaluate(async (n) => {
    document.title = 'Inbox - me@example.com - Gmail';
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    for (let i = 1; i <= n; i++) document.title = `Inbox (${i}) - me@example.com - Gmail`;
    // window messages are delivered in order: ours arrives after every signal the loop posted.
    await new Promise<void>((done) => {
      const key = `bench-drain-${Math.random()}`;
      const onMessage = (e: MessageEvent) => {
        if (e.data !== key) return;
        removeEventListener('message', onMessage);
        done();
      };
      addEventListener('message', onMessage);
      postMessage(key, '*');
    });
    return performance.now() - t0;
  }, count);
}

/** Figure 5: median time of `count` assignments on the guarded page over the unguarded one. */
export async function titleSetRatio(guarded: Page, unguarded: Page, count: number, runs: number) {
  // The warm-up also sends the guard's first signals.
  return warmedRatio(
    runs,
    () => titleSetMs(guarded, count),
    () => titleSetMs(unguarded, count),
    `ms per ${count} assignments`,
  );
}
