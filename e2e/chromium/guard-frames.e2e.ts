/**
 * Issue 14 in real Chromium: same-origin frames of a watched app (about:blank, srcdoc and
 * same-origin src) are guarded like the top frame, and `navigator.setAppBadge` is held during a
 * block and put back after it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { LIBRARY_FIXTURES } from '../fixtures/libraries';
import { type BrowserHandle, launchBrowser } from '../harness';
import { ask, until } from '../product';
import { endAndDigest, endAnyBlock, heldOf, sleep, startBlock } from './fault-helpers/scenario';

const fx = LIBRARY_FIXTURES.tinycon;
let h: BrowserHandle;

type Counted = { __shown: string[]; __badges: string[] };
beforeAll(async () => {
  h = await launchBrowser();
  // Runs before the guard in every frame: what reaches these natives really reaches the person.
  await h.context.addInitScript(() => {
    const w = window as unknown as Counted;
    w.__shown = [];
    w.__badges = [];
    const Native = window.Notification;
    window.Notification = class extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        w.__shown.push(title);
      }
    };
    const nav = Navigator.prototype as Navigator & {
      setAppBadge(n?: number): Promise<void>;
      clearAppBadge(): Promise<void>;
    };
    const set = nav.setAppBadge;
    const clear = nav.clearAppBadge;
    nav.setAppBadge = function (n?: number) {
      w.__badges.push(`set ${n}`);
      return set.call(this, n);
    };
    nav.clearAppBadge = function () {
      w.__badges.push('clear');
      return clear.call(this);
    };
  });
});
beforeEach(async () => endAnyBlock(h));
afterAll(async () => h?.close());

async function openPage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(fx.url, { waitUntil: 'load' });
  return page;
}

/** Notifies from three kinds of same-origin frame; returns how many reached the screen. */
async function notifyFromFrames(page: Page, tag: string): Promise<void> {
  await page.evaluate(async (t) => {
    const blank = document.createElement('iframe');
    document.body.append(blank);
    new (blank.contentWindow as unknown as typeof window).Notification(`${t} blank`);
    const srcdoc = document.createElement('iframe');
    srcdoc.srcdoc = `<script>new Notification('${t} srcdoc')</script>`;
    const src = document.createElement('iframe');
    src.src = `/frame?t=${encodeURIComponent(`${t} src`)}`;
    const loaded = (f: HTMLIFrameElement) => new Promise((r) => f.addEventListener('load', r, { once: true }));
    const done = Promise.all([loaded(srcdoc), loaded(src)]);
    document.body.append(srcdoc, src);
    await done;
  }, tag);
}

const shownInFrames = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('iframe')).flatMap(
      (f) => (f.contentWindow as unknown as Partial<Counted> | null)?.__shown ?? [],
    ),
  );

it('a notification from a same-origin frame is shown outside a block, held and released in one', async () => {
  const control = await openPage();
  await notifyFromFrames(control, 'Control');
  await until(async () => (await shownInFrames(control)).length === 3, 5_000, 'three frame notifications shown');
  await control.close();

  const block = await startBlock(h, 60);
  const page = await openPage();
  await notifyFromFrames(page, 'Held');
  const held = await until(
    async () => {
      const items = (await heldOf(h, block.id)).filter((i) => i.appId === fx.appId);
      return items.reduce((n, i) => n + (i.tally?.notification ?? 0), 0) === 3 ? items : null;
    },
    10_000,
    'three held frame notifications',
  );
  expect(held.every((i) => i.tabId !== null)).toBe(true);
  await sleep(500);
  expect(await shownInFrames(page), 'frame notifications on screen').toEqual([]);
  // Released: the block's digest names them (one interruption: they came within a second).
  const digest = await endAndDigest(h, block.id);
  expect(digest.held).toBe(held.length);
  expect(digest.message).toContain('(3 messages)');
  await page.close();
});

it('navigator.setAppBadge is held during a block and put back after it', async () => {
  const page = await openPage();
  const badges = () => page.evaluate(() => (window as unknown as Counted).__badges);
  const setBadge = (n: number) =>
    page.evaluate((k) => (navigator as Navigator & { setAppBadge(n: number): Promise<void> }).setAppBadge(k), n);
  await setBadge(1);
  expect(await badges()).toEqual(['set 1']);

  await startBlock(h, 60);
  await until(async () => (await badges()).includes('clear'), 5_000, 'the badge cleared for the block');
  await setBadge(2);
  await setBadge(3);
  await sleep(300);
  expect(await badges()).toEqual(['set 1', 'clear']);

  expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
  await until(async () => (await badges()).at(-1) === 'set 3', 5_000, 'the latest badge put back');
  expect(await badges()).toEqual(['set 1', 'clear', 'set 3']);
  await page.close();
});
