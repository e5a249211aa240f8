/**
 * Issue 5 in real Chromium: a scripted session on the fixture apps with known truth (single
 * messages, a burst, peeks, a keyword breakthrough, messages outside the block), then the popup
 * must show exactly the numbers the script implies, for the block and for the day.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, controlPage, type FixtureAppId, launchBrowser, openApp } from '../harness';
import { ask, stored, until, workAllDay } from '../product';
import { label, openPopup, readFigures, readHeld, readWhen } from './session-helpers/popup';
import { describeRecords, storedInterruptions } from './session-helpers/records';
import { missingSignals, runSteps } from './session-helpers/run';
import { APP_NAMES, type Expected, expectedFrom, isKeyword, type Phase, SESSION } from './session-helpers/script';

let h: BrowserHandle;
let control: Page;
const pages: Partial<Record<FixtureAppId, Page>> = {};
const lastSignal = new Map<FixtureAppId, number>();
const steps = (phase: Phase) => SESSION.filter((s) => s.phase === phase);

beforeAll(async () => {
  h = await launchBrowser();
  control = await controlPage(h);
  await workAllDay(h);
  const apps = [...new Set(SESSION.map((s) => s.app))];
  for (const id of apps) pages[id] = await openApp(h.context, id);
  // The person starts on a page that is not watched, so no visit is in progress when the block begins.
  await control.bringToFront();
});
afterAll(async () => {
  await h?.close();
});

/** The held list the script implies: per app, its display name, messages and items; sorted by name. */
function expectedGroups(expected: Expected) {
  return Object.entries(expected.heldByApp)
    .map(([id, g]) => ({ app: APP_NAMES[id as FixtureAppId] ?? id, messages: g.messages, items: g.items }))
    .sort((a, b) => a.app.localeCompare(b.app));
}

const figuresOf = (scope: string, e: Expected) => ({
  scope,
  reached: e.reached,
  held: e.held,
  messagesHeld: e.messagesHeld,
  peeks: e.peeks,
});

describe('a scripted session against the popup', () => {
  it('has the shape issue 5 asks for', () => {
    const block = steps('block');
    const singles = block.filter((s) => s.do === 'message' && !isKeyword(s.text));
    const bursts = block.filter((s) => s.do === 'burst');
    expect(singles).toHaveLength(5);
    expect(bursts.map((b) => (b.do === 'burst' ? [b.n, b.withinMs < 1000] : null))).toEqual([[3, true]]);
    expect(block.filter((s) => s.do === 'peek')).toHaveLength(2);
    expect(block.filter((s) => s.do === 'message' && isKeyword(s.text))).toHaveLength(1);
    expect(SESSION.filter((s) => s.phase !== 'block' && s.do === 'message')).toHaveLength(4);
    for (const app of ['slack', 'gmail', 'discord'] as const) expect(SESSION.some((s) => s.app === app)).toBe(true);
  });

  it('shows the block and the day exactly as the script played them', async () => {
    await runSteps(steps('before'), pages, control, lastSignal);
    expect(await ask(h, 'startBlock', { minutes: 60 })).toEqual({ ok: true });
    await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
    await control.waitForTimeout(300); // the relays adopt the new state from storage

    const outcomes = await runSteps(steps('block'), pages, control, lastSignal);
    // Ground truth from the apps themselves: the script did what it claims (each held single fired
    // all four signals; the breakthrough goes to Gmail, which plays no sound).
    for (const o of outcomes) {
      if (o.kind === 'message' && !isKeyword(o.step.text))
        expect(missingSignals(o.result), `${o.step.app}: ${o.step.text}`).toEqual([]);
      if (o.kind === 'burst') {
        expect(o.result.messages).toBe(o.step.n);
        expect(o.result.notificationsAttempted).toBe(o.step.n);
      }
      if (o.kind === 'peek') expect(o.stayedMs).toBeGreaterThanOrEqual(o.step.stayMs);
    }

    const inBlock = expectedFrom(SESSION, ['block']);
    // The popup has no breakthrough figure; during a block only breakthroughs reach the person, so
    // "Reached you" for the block is the breakthrough count.
    expect(inBlock.reached).toBe(inBlock.breakthroughs);
    const popup = await openPopup(h);
    const blockFigures = figuresOf(label('popup_statsBlock'), inBlock);
    const shown = await readWhen(popup, readFigures, (f) => JSON.stringify(f) === JSON.stringify(blockFigures));
    const held = await readHeld(popup);
    const records = describeRecords(await storedInterruptions(h));
    expect(shown, records).toEqual(blockFigures);
    expect(held.total, records).toBe(inBlock.messagesHeld);
    expect(
      [...held.groups].sort((a, b) => a.app.localeCompare(b.app)),
      records,
    ).toEqual(expectedGroups(inBlock));
    // What broke through reached the person: it is not in the held list.
    for (const s of steps('block'))
      if (s.do === 'message' && isKeyword(s.text)) expect(await popup.getByText(s.text).count(), s.text).toBe(0);

    expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
    await until(async () => !(await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'block over');
    await control.waitForTimeout(300);
    await runSteps(steps('after'), pages, control, lastSignal);

    const day = expectedFrom(SESSION, ['before', 'block', 'after']);
    const dayFigures = figuresOf(label('popup_statsToday'), day);
    await popup.reload();
    const today = await readWhen(popup, readFigures, (f) => JSON.stringify(f) === JSON.stringify(dayFigures));
    // Released by the digest, the held items leave the list (they stay in history and the figures).
    const dayRecords = describeRecords(await storedInterruptions(h));
    expect(today, dayRecords).toEqual(dayFigures);
    expect(await popup.getByRole('region', { name: /^Held for you/ }).count(), dayRecords).toBe(0);
    expect(day.held, 'the script held something').toBeGreaterThan(0);
    await popup.close();
  });
});
