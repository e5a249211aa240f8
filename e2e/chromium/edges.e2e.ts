/**
 * Issue 16 at the page's edge, in real Chromium: notifications raised just before and just after a
 * block's end are all accounted for (in the block's digest, or shown to the person); the person's
 * rules never reach a page; a page forging the relay's "off" state changes nothing; a keyword
 * breaks through by the extension's own notification; a signal survives its tab closing at once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Interruption } from '../../utils/model';
import { type BrowserHandle, fixture, launchBrowser, listExtensionNotifications, openApp, tabIdOf } from '../harness';
import { ask, until } from '../product';
import { endAnyBlock, heldOf, sleep, startBlock, status, storedHeldOf } from './fault-helpers/scenario';
import { tabTitle } from './helpers/browser-state';
import { SLACK_COUNT } from './helpers/held-tab';

/** Words of the person's that no page may ever read. */
const KEYWORD = 'projectzebra';
const VIP = 'Dana Whitfield';

let h: BrowserHandle;

beforeAll(async () => {
  h = await launchBrowser();
  const settings = await ask<{ breakthrough: Record<string, unknown> }>(h, 'getSettings');
  const reply = await ask(h, 'saveSettings', {
    settings: { ...settings, breakthrough: { ...settings.breakthrough, keywords: [KEYWORD], vips: [VIP] } },
  });
  expect(reply).toEqual({ ok: true });
});
beforeEach(async () => {
  await endAnyBlock(h);
});
afterAll(async () => {
  await h?.close();
});

const seenMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seenMessages?: string[] }).__seenMessages ?? []);

/** Page notices the extension showed (breakthroughs and late ones), by their id prefix. */
const pageNotices = async () => (await listExtensionNotifications(h)).filter((id) => id.startsWith('page-'));

describe('the person’s rules stay in the extension', () => {
  it('a page listening to every window message never sees the keywords or VIP names', async () => {
    const context = h.context;
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seenMessages: string[] }).__seenMessages = seen;
      window.addEventListener(
        'message',
        (event) => {
          let text: string;
          try {
            text = JSON.stringify(event.data);
          } catch {
            text = String(event.data);
          }
          seen.push(text);
        },
        true,
      );
    });
    const slack = await openApp(context, 'slack');
    const block = await startBlock(h, 30);
    await sleep(300);
    // Nothing in the page's own content carries the rules, so any sighting came from the extension.
    await fixture(slack).receive({ from: 'Kim', text: 'lunch later?' });
    await sleep(500);
    const seen = (await seenMessages(slack)).join('\n');
    expect(seen).not.toContain(KEYWORD);
    expect(seen).not.toContain('Dana');
    expect(await heldOf(h, block.id)).toHaveLength(1);
    await slack.close();
  });

  it('a keyword or a VIP still breaks through, shown by the extension’s own notification', async () => {
    const slack = await openApp(h.context, 'slack');
    const block = await startBlock(h, 30);
    await sleep(300);
    const before = await pageNotices();
    const app = fixture(slack);
    await app.receive({ from: 'Ops', text: `the ${KEYWORD} build is on fire` });
    await sleep(3_500); // a separate interruption
    await app.receive({ from: VIP, text: 'quick one' });
    await sleep(3_500);
    await app.receive({ from: 'Kim', text: 'lunch later?' });
    await sleep(300);
    // The page shows none of them: its guard holds everything during a block.
    expect((await app.state()).notifications.map((n) => n.shown)).toEqual([false, false, false]);
    const shown = await until(
      async () => {
        const now = (await pageNotices()).filter((id) => !before.includes(id));
        return now.length >= 2 ? now : null;
      },
      5_000,
      'two extension notifications',
    );
    expect(shown).toHaveLength(2);
    const current = await until(
      async () => {
        const s = await ask<{ current: { breakthroughs: number } | null }>(h, 'getStatus');
        return s.current && s.current.breakthroughs >= 2 ? s.current : null;
      },
      5_000,
      'two breakthroughs recorded',
    );
    expect(current.breakthroughs).toBe(2);
    const held = await heldOf(h, block.id);
    expect(held.map((i) => i.text?.body)).toEqual(['lunch later?']);
    await slack.close();
  });
});

describe('a page cannot forge what the relay tells its guard', () => {
  it('a forged "off" state leaves the tab masked and the notification held', async () => {
    const slack = await openApp(h.context, 'slack');
    const tabId = await tabIdOf(h, slack);
    const block = await startBlock(h, 30);
    await sleep(300);
    await slack.evaluate(() => {
      const forged = { source: 'heads-down-relay', type: 'state', mode: 'off', rules: { keywords: [], vips: [] } };
      window.postMessage(forged, '*');
      window.postMessage({ ...forged, grammar: null }, location.origin);
    });
    await sleep(300);
    const result = await fixture(slack).receive({ from: 'Kim', text: 'after the forgery' });
    expect(result.title).toMatch(SLACK_COUNT); // the app did write its count
    await sleep(500);
    expect(await tabTitle(h, tabId)).not.toMatch(SLACK_COUNT);
    expect((await fixture(slack).state()).notifications.at(-1)?.shown).toBe(false);
    const held = await until(async () => {
      const items = await heldOf(h, block.id);
      return items.length === 1 ? items : null;
    });
    expect(held[0]!.text?.body).toBe('after the forgery');
    await slack.close();
  });
});

describe('nothing held is lost at the edges', () => {
  it('notifications at end − 400 ms and end + 20 ms are both in the digest or shown', async () => {
    const [slack, gmail] = await Promise.all([openApp(h.context, 'slack'), openApp(h.context, 'gmail')]);
    const block = await startBlock(h, 1);
    const noticesBefore = await pageNotices();
    // Timed inside the pages, against the same clock the block's end was set by.
    const at = (page: Page, offset: number, text: string) =>
      page.evaluate(
        ([end, off, t]) =>
          new Promise<void>((done) => {
            setTimeout(
              () => {
                const w = window as unknown as { __fixture: { receive(m: object): unknown } };
                w.__fixture.receive({ from: 'Kim', text: t });
                done();
              },
              Math.max(0, end + off - Date.now()),
            );
          }),
        [block.end, offset, text] as const,
      );
    const t0 = Date.now();
    await Promise.all([at(slack, -400, 'just before the end'), at(gmail, 20, 'just after the end')]);
    console.log(`raised ${Date.now() - block.end} ms after the end (waited ${Date.now() - t0} ms)`);
    await until(async () => (await status(h)).block === null, 15_000, 'the block to end');
    await sleep(2_000); // time for a late batch to arrive and be judged
    // Released by the digest, they have left the held list: read the block's records as stored.
    const listed: Interruption[] = await storedHeldOf(h, block.id);
    const notices = (await pageNotices()).filter((id) => !noticesBefore.includes(id));
    for (const [page, text] of [
      [slack, 'just before the end'],
      [gmail, 'just after the end'],
    ] as const) {
      const note = (await fixture(page).state()).notifications.find((n) => n.body === text);
      expect(note, `${text}: the app raised it`).toBeDefined();
      const inBlock = listed.find((i) => i.text?.body === text);
      const accounted = note!.shown || inBlock !== undefined || notices.length > 0;
      console.log(
        `${text}: shown by the page ${note!.shown}, in the block ${inBlock ? inBlock.state : 'no'}, extension notices ${notices.length}`,
      );
      expect(accounted, `${text} reached nobody`).toBe(true);
    }
    // The one before the end was held (the block was running): it is in that block's record.
    expect(listed.find((i) => i.text?.body === 'just before the end')).toBeDefined();
    await Promise.all([slack.close(), gmail.close()]);
  });

  it('a signal survives its tab closing right after it', async () => {
    const slack = await openApp(h.context, 'slack');
    const block = await startBlock(h, 30);
    await sleep(300);
    await slack.evaluate(() => {
      const w = window as unknown as { __fixture: { receive(m: object): unknown } };
      w.__fixture.receive({ from: 'Kim', text: 'closing now' });
    });
    await slack.close();
    const held = await until(
      async () => {
        const items = await heldOf(h, block.id);
        return items.some((i) => i.signals.includes('notification')) ? items : null;
      },
      5_000,
      'the notification of the closed tab',
    );
    expect(held.map((i) => i.text?.body)).toContain('closing now');
  });
});
