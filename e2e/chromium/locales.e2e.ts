/**
 * Heads Down in German and Japanese in real Chromium (`--lang`): every page declares the language
 * its text is in, the words are the translation's, the digest is written in that language, and the
 * popup holds at 360 px (nothing wider than the window, no control whose text is cut, no word broken
 * across two lines), in French, Spanish and Brazilian Portuguese too. Screenshots
 * of popup, report and options go to test-results/screenshots/ (`npm run screenshots` copies them
 * into docs/).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  controlPage,
  type FixtureAppId,
  launchBrowser,
  openApp,
  openExtensionPage,
} from '../harness';
import { ask, stored, until } from '../product';
import { screenshot } from './helpers/screenshots';
import { runSteps } from './session-helpers/run';
import type { Step } from './session-helpers/script';

const POPUP_WIDTH = 360;

/** locales/<lang>/*.json merged: key → message. */
function messagesOf(lang: string): Record<string, string> {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const part = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, { message: string }>;
    for (const [key, entry] of Object.entries(part)) out[key] = entry.message;
  }
  return out;
}

/** The longest run of a message's own words between its placeholders. */
const longestLiteral = (message: string) =>
  message
    .split(/\$[A-Z]+\$/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!;

const HELD: Step[] = [
  { do: 'message', phase: 'block', app: 'slack', from: 'Ana', text: 'can you review my PR?' },
  { do: 'message', phase: 'block', app: 'gmail', from: 'Billing', text: 'Your invoice is ready' },
  { do: 'message', phase: 'block', app: 'slack', from: 'Cy', text: 'lunch at 1?' },
];

/** What is wider than the window, and every control whose own text does not fit in it. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1) problems.push(`${name(el)} reaches ${Math.round(box.right)} px`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, a, label, select, .badge, h1, h2')) {
      if (el.offsetWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} is cut: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    // A word drawn on two lines ("Gehal|ten"): the word's range has boxes at more than one height.
    // Words of scripts written with spaces only; Japanese wraps between any two characters by rule.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!node.parentElement?.offsetWidth) continue;
      for (const match of text.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
        if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(match[0])) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1)
          problems.push(`"${match[0]}" breaks across ${lines.size} lines in ${name(node.parentElement)}`);
      }
    }
    return problems;
  });
}

/** A running block holding messages from two apps, and the popup opened on it at 360 px. */
async function popupWithHeld(h: BrowserHandle, m: Record<string, string>): Promise<Page> {
  const control = await controlPage(h);
  const pages: Partial<Record<FixtureAppId, Page>> = {};
  for (const id of new Set(HELD.map((s) => s.app))) pages[id] = await openApp(h.context, id);
  await control.bringToFront();
  expect(await ask(h, 'startBlock', { minutes: 50 })).toEqual({ ok: true });
  await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
  await control.waitForTimeout(300);
  await runSteps(HELD, pages, control);

  const popup = await openExtensionPage(h, 'popup.html', { colorScheme: 'light' });
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await popup.getByRole('region', { name: m.popup_heldHeading }).waitFor({ timeout: 10_000 });
  return popup;
}

// The other shipped languages: the popup's layout only (their words are checked by the unit tests).
describe.each(['fr', 'es', 'pt_BR'] as const)('the popup in %s', (lang) => {
  const m = messagesOf(lang);
  let h: BrowserHandle;
  beforeAll(async () => {
    h = await launchBrowser({ lang: lang.replace('_', '-') });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('holds at 360 px while focusing with held items, and when idle', async () => {
    const popup = await popupWithHeld(h, m);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang.replace('_', '-'));
    await popup.getByRole('button', { name: m.popup_endEarly, exact: true }).waitFor();
    expect(await layoutProblems(popup)).toEqual([]);
    await popup.close();
    expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
    const idle = await openExtensionPage(h, 'popup.html', { colorScheme: 'light' });
    await idle.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await idle.getByRole('region', { name: m.popup_startHeading }).waitFor({ timeout: 10_000 });
    expect(await layoutProblems(idle)).toEqual([]);
    await idle.close();
  });
});

describe.each(['de', 'ja'] as const)('Heads Down in %s', (lang) => {
  const m = messagesOf(lang);
  let h: BrowserHandle;

  beforeAll(async () => {
    // Without a font for the script every glyph is a box of one width, and the layout check and the
    // pictures would say nothing about the real text.
    if (lang === 'ja' && !execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).trim())
      throw new Error('No Japanese font: install one with `apt-get install -y fonts-ipafont-gothic`.');
    h = await launchBrowser({ lang });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the popup speaks the language, holds at 360 px while focusing with held items, and is photographed', async () => {
    const popup = await popupWithHeld(h, m);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await popup.getByText(m.popup_badgeFocusing!, { exact: true }).waitFor();
    await popup.getByRole('button', { name: m.popup_endEarly, exact: true }).waitFor();
    expect(await layoutProblems(popup)).toEqual([]);
    await screenshot(popup, `popup-${lang}`, { fullPage: true });
    await popup.close();

    // Ending the block releases the digest, worded in the same language.
    expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
    const digest = await until(
      async () => stored<{ title: string; message: string }>(h, 'lastDigest'),
      10_000,
      'the digest',
    );
    // The digest title's own words (between its placeholders) are the translation's.
    expect(digest.title).toContain(longestLiteral(m.digest_title_other!));
    expect(digest.title).not.toMatch(/held while you focused/);
    expect(digest.message).toMatch(/Slack/);
    console.log(`digest ${lang}: ${JSON.stringify(digest)}`);
  });

  it('the idle popup holds at 360 px', async () => {
    const popup = await openExtensionPage(h, 'popup.html', { colorScheme: 'light' });
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.getByRole('region', { name: m.popup_startHeading }).waitFor({ timeout: 10_000 });
    expect(await layoutProblems(popup)).toEqual([]);
    await popup.close();
  });

  it('the report is in the language, with its dates, and is photographed', async () => {
    const page = await openExtensionPage(h, 'report.html', { colorScheme: 'light' });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.waitForSelector('main[data-state="ready"]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByRole('heading', { name: m.report_summary_heading, exact: true }).waitFor();
    // The week's range is written by Intl in the same language as the words around it.
    const range = new Intl.DateTimeFormat(lang, { month: 'short' }).format(Date.now());
    // biome-ignore lint/performance/useDomNodeTextContent: the text as drawn, as a person reads it.
    expect(await page.locator('body').innerText()).toContain(range);
    // The week starts where the shown language's region starts it (utils/first-weekday.ts): Monday in
    // German, Sunday in Japanese, the same locale as the words and dates.
    const firstRow = await page.locator('[data-testid^="day-"]').first().getAttribute('data-testid');
    const firstWeekday = new Date(`${firstRow!.slice('day-'.length)}T12:00:00Z`).getUTCDay();
    expect(firstWeekday).toBe(lang === 'ja' ? 0 : 1);
    await screenshot(page, `report-${lang}`, { fullPage: true });
    await page.close();
  });

  it('the options page is in the language and is photographed', async () => {
    const page = await openExtensionPage(h, 'options.html', { colorScheme: 'light' });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.getByRole('heading', { name: m.options_scheduleTitle, exact: true }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(m.options_pageTitle);
    await screenshot(page, `options-${lang}`, { fullPage: true });
    await page.close();
  });
});
