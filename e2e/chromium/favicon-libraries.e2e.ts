/**
 * Issue 14 in real Chromium: pages that badge their favicon with real npm libraries (tinycon,
 * favico.js, badgin) and notify through real wrappers (push.js, notifyjs). During a block no badge
 * icon reaches the tab strip, no notification reaches the screen, the held items are exact, and the
 * real badge comes back after the block.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_FIXTURES, type LibraryFixture } from '../fixtures/libraries';
import { type BrowserHandle, launchBrowser, recordTabUpdates, type TabRecorder, tabIdOf } from '../harness';
import { until } from '../product';
import { endAndDigest, endAnyBlock, heldOf, sleep, startBlock } from './fault-helpers/scenario';

let h: BrowserHandle;
let recorder: TabRecorder;

beforeAll(async () => {
  h = await launchBrowser();
  // Counts the notifications that really reach the screen: the guard wraps whatever Notification
  // it finds at document_start, so a real one is constructed only when it lets one through.
  await h.context.addInitScript(() => {
    const Native = window.Notification;
    const shown: string[] = [];
    (window as unknown as { __shown: string[] }).__shown = shown;
    window.Notification = class extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push(title);
      }
    };
  });
  recorder = await recordTabUpdates(h);
});
beforeEach(async () => endAnyBlock(h));
afterAll(async () => h?.close());

type LibPage = { badge(n: number): unknown; notify(title: string, body: string): unknown; icons(): string[] };
const lib = (page: Page) => ({
  badge: (n: number) => page.evaluate((k) => (window as unknown as { __lib: LibPage }).__lib.badge(k), n),
  notify: (title: string) =>
    page.evaluate((t) => (window as unknown as { __lib: LibPage }).__lib.notify(t, 'hello'), title),
  shown: () => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown.length),
});

async function open(fx: LibraryFixture): Promise<{ page: Page; tab: number; plain: string }> {
  const page = await h.context.newPage();
  await page.goto(fx.url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__lib' in window);
  const tab = await tabIdOf(h, page);
  return { page, tab, plain: new URL('/favicon.png', fx.url).href };
}

const iconsOf = async (tab: number) =>
  (await recorder.read()).filter((u) => u.tabId === tab && u.favIconUrl).map((u) => u.favIconUrl!);

describe.each(Object.values(LIBRARY_FIXTURES))('$id', (fx) => {
  it('holds every badge and notification during a block and restores the badge after', async () => {
    const { page, tab, plain } = await open(fx);
    const app = lib(page);
    // Control, outside a block: the library really badges the icon, or the test is blind.
    await recorder.clear();
    await app.badge(2);
    const control = await recorder.waitFor((u) => u.tabId === tab && !!u.favIconUrl && u.favIconUrl !== plain);
    expect(control.favIconUrl?.startsWith('data:image/png')).toBe(true);
    await app.badge(0);
    await app.notify('Before the block');
    await until(async () => (await app.shown()) === 1, 3_000, 'the control notification on screen');
    await sleep(800);

    const block = await startBlock(h, 60);
    await until(async () => (await iconsOf(tab)).at(-1) === plain, 5_000, 'the plain icon');
    // A tab opened during the block: the library's start-up redraw of the plain icon is no badge.
    const late = await open(fx);
    await sleep(1500);
    expect(await heldOf(h, block.id), 'held items after a tab opened').toEqual([]);
    await late.page.close();

    await recorder.clear();
    const ROUNDS = 4;
    for (let i = 1; i <= ROUNDS; i++) {
      await app.badge(i);
      await app.notify(`Message ${i}`);
      await sleep(400); // favico.js animates its badge over several frames
    }
    await app.badge(0); // read elsewhere
    await sleep(3500); // longer than one interruption's grouping gap (utils/interruptions.ts)
    await app.badge(ROUNDS + 1); // a real badge after that still counts on its own
    await sleep(1200);

    expect(await iconsOf(tab), 'icons reported during the block').toEqual([]);
    expect(await app.shown(), 'notifications on screen').toBe(1); // the control one only
    let last: unknown[] = [];
    const held = await until(
      async () => {
        const items = (await heldOf(h, block.id)).filter((i) => i.appId === fx.appId);
        last = items;
        return items.length === 2 ? items : null;
      },
      10_000,
      'two held items',
    ).catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify(last)}`);
    });
    held.sort((a, b) => a.at - b.at);
    expect(held.map((i) => [i.messages, [...i.signals].sort()])).toEqual([
      [ROUNDS, ['favicon', 'notification']],
      [1, ['favicon']],
    ]);
    expect(await heldOf(h, block.id)).toHaveLength(2);

    await recorder.clear();
    await endAndDigest(h, block.id);
    const back = await recorder.waitFor((u) => u.tabId === tab && !!u.favIconUrl && u.favIconUrl !== plain);
    expect(back.favIconUrl?.startsWith('data:image/png')).toBe(true);
    await page.close();
  });
});
