/**
 * Issue 13: an open popup stays live. While the popup is open (never reloaded), messages that a page
 * sends during a block appear in its held list and its figures one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, controlPage, fixture, launchBrowser, openApp } from '../harness';
import { ask, stored, until } from '../product';
import { openPopup, readHeld } from './session-helpers/popup';

let h: BrowserHandle;

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('the open popup', () => {
  it('shows each newly held message without being reopened', async () => {
    const slack = await openApp(h.context, 'slack');
    const control = await controlPage(h);
    await control.bringToFront();
    expect(await ask(h, 'startBlock', { minutes: 30 })).toEqual({ ok: true });
    await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
    await control.waitForTimeout(300);

    const popup = await openPopup(h);
    expect((await readHeld(popup)).total).toBeNull(); // nothing held yet: no list at all
    const reloads: number[] = [];
    popup.on('load', () => reloads.push(Date.now()));
    for (let n = 1; n <= 3; n++) {
      await fixture(slack).receive({ from: `Sender ${n}`, text: `message ${n}` });
      // Far apart enough to be separate interruptions (signals within 3 s of each other group).
      const shown = await until(
        async () => {
          const held = await readHeld(popup);
          return held.total === n ? held : null;
        },
        8_000,
        `the popup to show ${n} held`,
      );
      expect(shown.groups).toEqual([{ app: 'Slack', messages: n, items: n }]);
      if (n < 3) await popup.waitForTimeout(3_500);
    }
    expect(reloads).toEqual([]);
    await popup.close();
    await slack.close();
  });
});
