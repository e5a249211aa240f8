/**
 * The popup's accessibility in real Chromium: axe-core finds no serious or critical violation in
 * light and dark, on the first run, while focusing with held items, and idle after a block; every
 * control is reachable with Tab. Screenshots of both themes go to test-results/screenshots/
 * (`npm run screenshots` copies them into docs/).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, controlPage, type FixtureAppId, launchBrowser, openApp, runAxe } from '../harness';
import { ask, stored, until } from '../product';
import { screenshot } from './helpers/screenshots';
import { label, openPopup, prefix, readHeld, readWhen } from './session-helpers/popup';
import { runSteps } from './session-helpers/run';
import { expectedFrom, type Step } from './session-helpers/script';

const THEMES = ['light', 'dark'] as const;

/** A few held messages from several apps, so the held list has groups to check and to show. */
const HELD: Step[] = [
  { do: 'message', phase: 'block', app: 'slack', from: 'Ana', text: 'can you review my PR?' },
  { do: 'message', phase: 'block', app: 'gmail', from: 'Billing', text: 'Your invoice is ready' },
  { do: 'message', phase: 'block', app: 'discord', from: 'Bo', text: 'raid tonight?' },
  { do: 'message', phase: 'block', app: 'slack', from: 'Cy', text: 'lunch at 1?' },
];

let h: BrowserHandle;
let control: Page;

beforeAll(async () => {
  h = await launchBrowser();
  control = await controlPage(h);
});
afterAll(async () => {
  await h?.close();
});

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * Starts a block that began `agoMin` minutes ago, through a schedule rule for today (a hand-started
 * block begins now, and seconds of focus make sentences no one sees in real use). Near midnight the
 * rule would cross days, so a hand-started block stands in.
 */
async function startBlockBegunAgo(agoMin: number, leftMin: number): Promise<void> {
  const now = new Date();
  const from = new Date(now.getTime() - agoMin * 60_000);
  const to = new Date(now.getTime() + leftMin * 60_000);
  if (from.getDate() !== now.getDate() || to.getDate() !== now.getDate()) {
    expect(await ask(h, 'startBlock', { minutes: leftMin })).toEqual({ ok: true });
    return;
  }
  const rule = { days: [WEEKDAYS[now.getDay()]], start: hhmm(from), end: hhmm(to), zone: 'local' };
  const file = { format: 'heads-down-schedule', version: 1, rules: [rule] };
  expect(await ask(h, 'saveSchedule', { file })).toEqual({ ok: true });
}

/** Opens the popup in `theme`, runs axe and returns the violations (the page is closed unless kept). */
async function axeIn(theme: (typeof THEMES)[number], keep = false) {
  const page = await openPopup(h, theme);
  const violations = await runAxe(page);
  if (!keep) await page.close();
  return { page, violations };
}

/** Elements that Tab reaches in order, until focus comes back round (by tag and accessible text). */
async function tabStops(page: Page): Promise<number> {
  await page.locator('body').focus();
  const seen = new Set<unknown>();
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { __tabId?: number }) | null;
      if (!el || el === document.body) return null;
      if (el.__tabId === undefined) el.__tabId = Math.random();
      return el.__tabId;
    });
    if (id === null || seen.has(id)) break;
    seen.add(id);
  }
  return seen.size;
}

describe('popup accessibility', () => {
  it('passes axe on the first run, light and dark, and asks about working hours', async () => {
    for (const theme of THEMES) {
      const { page, violations } = await axeIn(theme, true);
      expect(violations, theme).toEqual([]);
      expect(await page.getByRole('region', { name: 'Your working hours' }).count(), theme).toBe(1);
      if (theme === 'light') await screenshot(page, 'popup-first-run', { fullPage: true });
      await page.close();
    }
  });

  it('passes axe while focusing with held items, light and dark, is keyboard-reachable, and is photographed', async () => {
    const pages: Partial<Record<FixtureAppId, Page>> = {};
    for (const id of new Set(HELD.map((s) => s.app))) pages[id] = await openApp(h.context, id);
    await control.bringToFront();
    await startBlockBegunAgo(40, 20);
    await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
    await control.waitForTimeout(300);
    await runSteps(HELD, pages, control);
    const messages = expectedFrom(HELD, ['block']).messagesHeld;

    for (const theme of THEMES) {
      const page = await openPopup(h, theme);
      const held = await readWhen(page, readHeld, (v) => v.total === messages);
      expect(held.total).toBe(messages);
      expect(await runAxe(page), theme).toEqual([]);
      // Every enabled control can be reached with Tab (none is skipped or trapped).
      const controls = await page.locator('button:enabled, a[href], input:enabled, select:enabled').count();
      expect(await tabStops(page), `${theme}: tab stops`).toBe(controls);
      await page.reload();
      await page.getByRole('region', { name: prefix('popup_heldHeading') }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0)); // a reload keeps where Tab had scrolled to
      await screenshot(page, `popup-${theme}`);
      // The whole popup, for the README.
      if (theme === 'light') await screenshot(page, 'popup', { fullPage: true });
      await page.close();
    }
    expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
  });

  it('passes axe when idle after a block (held items released, today’s figures), light and dark', async () => {
    await until(async () => !(await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'block over');
    for (const theme of THEMES) {
      const { page, violations } = await axeIn(theme, true);
      expect(violations, theme).toEqual([]);
      expect(await page.getByRole('region', { name: label('popup_startHeading') }).count()).toBe(1);
      await page.close();
    }
  });
});
