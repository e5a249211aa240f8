/** Proof that a watched tab is held: the app writes its unread count, the tab strip never shows it. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type BrowserHandle, fixture, openApp, recordTabUpdates, tabIdOf } from '../../harness';
import { tabTitle } from './browser-state';

/** Slack's count as Slack writes it ("… - 3 new items - Slack"), written out from its grammar. */
export const SLACK_COUNT = /\d+ new items? - Slack$/;

export interface HeldSlack {
  page: Page;
  tabId: number;
  /** Sends one message and checks the tab stayed masked while the app's own title has the count. */
  receiveHeld(text: string): Promise<void>;
  /** Titles the browser reported for this tab since it opened. */
  reportedTitles(): Promise<string[]>;
  /** Closes the tab and stops recording. */
  close(): Promise<void>;
}

/** Opens the Slack fixture in `h` and starts recording what Chromium reports for its tab. */
export async function openHeldSlack(h: BrowserHandle): Promise<HeldSlack> {
  const recorder = await recordTabUpdates(h);
  const page = await openApp(h.context, 'slack');
  const tabId = await tabIdOf(h, page);
  const reportedTitles = async () =>
    (await recorder.read()).filter((u) => u.tabId === tabId && u.title !== undefined).map((u) => u.title!);
  return {
    page,
    tabId,
    reportedTitles,
    async close() {
      await recorder.stop();
      await page.close();
    },
    async receiveHeld(text) {
      const before = await fixture(page).state();
      const result = await fixture(page).receive({ from: 'Kim', text });
      // The fixture's ground truth: it counted the message and wrote the count into its title.
      expect(result.unread).toBe(before.unread + 1);
      expect(result.title).toMatch(SLACK_COUNT);
      const state = await fixture(page).state();
      expect(state.realTitle, 'the app reads its own title back').toBe(state.appTitle);
      expect(state.errors).toEqual([]);
      // Give Chromium time to report any title change before judging the tab strip.
      await page.waitForTimeout(400);
      expect(await tabTitle(h, tabId)).not.toMatch(SLACK_COUNT);
      expect((await reportedTitles()).filter((t) => SLACK_COUNT.test(t))).toEqual([]);
    },
  };
}
