/**
 * Issue 7, pages forging messages in real Chromium: a watched page's own scripts post look-alike
 * guard messages with wrong shapes and claims of another app (they reach nothing: guard and relay
 * talk over a private link, issue 16), raise notifications with 1 MB strings and a 10,000-notification
 * flood. All are refused or capped; the background keeps answering, stored records stay small, other
 * tabs are counted exactly, and no page can drive the background.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserHandle, controlPage, fixture, launchBrowser, openApp, openExtensionPage } from '../harness';
import { ask, stored, until } from '../product';
import { floodFromPage, forgedSignal, notifyFromPage, postFromPage, WRONG_SHAPES } from './fault-helpers/forge';
import { networkLedger } from './fault-helpers/network-ledger';
import {
  endAndDigest,
  endAnyBlock,
  heldOf,
  heldReaches,
  perAppOfDigest,
  sleep,
  startBlock,
  status,
} from './fault-helpers/scenario';

const MB = 1024 * 1024;
/** Longer than the product's grouping gap, so separate steps make separate held items. */
const GAP_MS = 3_500;
const FLOOD = 10_000;

const ledger = networkLedger();
let h: BrowserHandle;
let slack: Page;
let gmail: Page;

beforeAll(async () => {
  h = await launchBrowser();
  ledger.watch(h);
  [slack, gmail] = await Promise.all([openApp(h.context, 'slack'), openApp(h.context, 'gmail')]);
});
beforeEach(async () => {
  await endAnyBlock(h);
});
afterAll(async () => {
  await h?.close();
});

describe('pages forging guard messages', () => {
  it('ignores look-alike window messages, cuts 1 MB strings and attributes everything to the real tab', async () => {
    const block = await startBlock(h, 30);
    await sleep(500);
    // Every wrong shape and a well-formed forgery, then one real notification as a marker: if any
    // window message got in, it joins the marker's item or makes another.
    await postFromPage(slack, [
      ...WRONG_SHAPES,
      forgedSignal({ kind: 'notification', at: 0, messages: 1, title: 'forged', appId: 'gmail' }),
    ]);
    await notifyFromPage(slack, 'marker', '');
    const [marker] = await heldReaches(h, block.id, 1);
    expect(marker!.appId).toBe('slack');
    expect(marker!.tally).toEqual({ notification: 1, rise: 0 });
    expect(marker!.messages).toBe(1);
    expect(marker!.text?.title).toBe('marker');

    await sleep(GAP_MS);
    await notifyFromPage(slack, 'T'.repeat(MB), `${'B'.repeat(MB)} urgent`);
    const held = await heldReaches(h, block.id, 2);
    const record = held.find((i) => i.id !== marker!.id)!;
    expect(record.appId).toBe('slack');
    expect(record.blockId).toBe(block.id);
    expect(record.kind).toBe('held'); // the keyword lies past what is kept of the text
    expect(record.at).toBeLessThanOrEqual(Date.now());
    expect(record.text!.title.length).toBeLessThanOrEqual(200);
    expect(record.text!.body.length).toBeLessThanOrEqual(500);
    expect(JSON.stringify(await status(h)).length).toBeLessThan(100_000);

    const digest = await endAndDigest(h, block.id);
    expect(perAppOfDigest(digest.message)).toEqual({ Slack: 2 });
  });

  it('caps a 10,000-notification flood, tells the person how many were not counted, and loses no real message on another tab', async () => {
    const block = await startBlock(h, 30);
    await sleep(500);
    const flood = floodFromPage(slack, 'flood', FLOOD, 1_000);
    await sleep(400);
    // A real message on another app's tab while the flood runs, and the background asked meanwhile.
    const real = fixture(gmail).receive({ from: 'Kim', text: 'the real one' });
    expect((await ask<{ defaultMinutes: number }>(h, 'getSettings')).defaultMinutes).toBeGreaterThan(0);
    await real;
    expect(await flood).toBe(FLOOD);

    // Wait until the relay has delivered everything: the count of signals not counted stops changing.
    let notCounted = await until(() => stored<number>(h, 'droppedSignals'), 10_000, 'a warning about the flood');
    for (;;) {
      await sleep(1_500);
      const again = await stored<number>(h, 'droppedSignals');
      if (again === notCounted) break;
      notCounted = again!;
    }
    // Under its own key: the storage error is not used for it.
    expect(await stored(h, 'storageError')).toBeUndefined();
    // The popup says it in words, with the count.
    const popup = await openExtensionPage(h, 'popup.html');
    await popup
      .getByRole('alert')
      .filter({ hasText: `${new Intl.NumberFormat('en').format(notCounted)} were not counted` })
      .waitFor({ timeout: 5_000 });
    await popup.close();
    const held = await heldOf(h, block.id);
    const gmailItems = held.filter((i) => i.appId === 'gmail');
    expect(gmailItems).toHaveLength(1);
    expect(gmailItems[0]!.messages).toBe(1);
    const flooded = held.filter((i) => i.appId === 'slack');
    const counted = flooded.reduce((sum, i) => sum + i.messages, 0);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(FLOOD);
    expect(flooded.length).toBeLessThanOrEqual(2); // one burst is one or two interruptions, not thousands
    console.log(`flood: ${counted} of ${FLOOD} counted, the person was told ${notCounted} were not`);
    // Nothing silently lost: every forged message was either counted or reported as not counted.
    expect(counted + notCounted).toBe(FLOOD);
    await endAndDigest(h, block.id);
  });

  it('gives a page no way to drive the background', async () => {
    const forged = [
      { type: 'startBlock', payload: { minutes: 5 } },
      { source: 'heads-down-guard', type: 'startBlock', payload: { minutes: 5 } },
      { source: 'heads-down-relay', type: 'startBlock', payload: { minutes: 5 } },
      { source: 'heads-down-guard', type: 'signal', signal: { kind: 'startBlock', at: 0, messages: 1 } },
    ];
    await postFromPage(slack, forged);
    // The page's own world has no route to the extension (no externally_connectable).
    const direct = await slack.evaluate(
      (id) =>
        new Promise<string>((done) => {
          const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => void } } })
            .chrome?.runtime;
          if (!runtime?.sendMessage) return done('no runtime.sendMessage');
          try {
            runtime.sendMessage(id, { type: 'startBlock', payload: { minutes: 5 } }, () => done('answered'));
            setTimeout(() => done('no answer'), 1_000);
          } catch (e) {
            done(`threw: ${(e as Error).message}`);
          }
        }),
      h.extensionId,
    );
    expect(direct).not.toBe('answered');
    // Even a content script (the relay's world) may only report signals.
    const control = await controlPage(h);
    const fromContentScript = await control.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: ChromeForTest }).chrome;
      const [tab] = await c.tabs.query({ url });
      const [result] = await c.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () =>
          (globalThis as unknown as { chrome: ChromeForTest }).chrome.runtime.sendMessage({
            type: 'startBlock',
            payload: { minutes: 5 },
          }),
      });
      return result?.result as { ok: boolean; error?: string };
    }, slack.url());
    expect(fromContentScript).toEqual({ ok: false, error: 'Not allowed from a web page.' });
    await sleep(1_000);
    expect((await status(h)).block).toBeNull();
    expect((await stored<{ block: unknown }>(h, 'focusState'))?.block ?? null).toBeNull();
    expect(await ask(h, 'getStatus')).toBeTruthy(); // still answering
  });

  it('made no network request from any extension context', () => {
    expect(ledger.all().length).toBeGreaterThan(0);
    expect(ledger.extensionRequests()).toEqual([]);
  });
});

interface ChromeForTest {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(i: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
}
