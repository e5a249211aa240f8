/**
 * Issue 15 in real Chromium: the working day against the baseline.
 *  - Pages that load with an unread count (in their HTML, or set by script a moment after load),
 *    outside and during a block, record no interruption and no messages; a real message after that
 *    is one message, not the count.
 *  - A scripted day (working hours, two away periods, a past block with held items, a breakthrough
 *    and a peek, messages in and out of working time, one live message) whose popup figures equal what
 *    this test computes on its own, with a second-by-second walk over the day (not the product's code).
 * The browser runs in a fixed-offset zone chosen so that the local time is between 16:00 and 17:00.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, controlPage, fixture, launchBrowser, openApp } from '../harness';
import { ask, stored, until } from '../product';
import { screenshot } from './helpers/screenshots';
import { openReport, readTestIds } from './report-helpers/page';
import { openPopup } from './session-helpers/popup';
import { describeRecords, storedInterruptions } from './session-helpers/records';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A whole-hour UTC offset that puts the local time now between 16:00 and 17:00. */
function offsetForFourPm(now: number): number {
  const utcHour = new Date(now).getUTCHours();
  let offset = 16 - utcHour;
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset;
}
/** Etc/GMT zones have no daylight saving; their sign is the reverse of the offset. */
const etcZone = (offset: number) => (offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`);

const started = Date.now();
const OFFSET = offsetForFourPm(started);
const LOCAL_MIDNIGHT = Math.floor((started + OFFSET * HOUR) / DAY) * DAY - OFFSET * HOUR;
/** Local wall-clock time today → epoch ms. */
const at = (h: number, m = 0) => LOCAL_MIDNIGHT + h * HOUR + m * MIN;

let h: BrowserHandle;
let control: Page;

beforeAll(async () => {
  h = await launchBrowser({ timeZone: etcZone(OFFSET) });
  control = await controlPage(h);
});
afterAll(async () => {
  await h?.close();
});

/** Pages at a Gmail address the fixture routes do not use, registered last so they win. */
async function serveLoadedInbox(): Promise<void> {
  const head = (title: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><p>inbox</p><script>
      window.arrive = () => {
        const n = Number(/\\((\\d+)\\)/.exec(document.title)?.[1] ?? 0) + 1;
        document.title = 'Inbox (' + n + ') - me@example.com - Gmail';
        new Notification('Dana Lee', { body: 'One new message' });
        return n;
      };
    </script>`;
  // Count in the HTML from the first byte.
  await h.context.route('https://mail.google.com/mail/u/7/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `${head('Inbox (1234) - me@example.com - Gmail')}</body></html>`,
    }),
  );
  // Count set by script once "its data arrives", 1.5 s after load.
  await h.context.route('https://mail.google.com/mail/u/8/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `${head('Inbox - me@example.com - Gmail')}<script>
        setTimeout(() => { document.title = 'Inbox (1234) - me@example.com - Gmail'; window.loadedCount = true; }, 1500);
      </script></body></html>`,
    }),
  );
}

async function openInbox(account: 7 | 8): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`https://mail.google.com/mail/u/${account}/`, { waitUntil: 'load' });
  if (account === 8) await page.waitForFunction(() => (window as { loadedCount?: boolean }).loadedCount === true);
  // Longer than the relay's batching delay: anything the page caused would be stored by now.
  await page.waitForTimeout(1500);
  return page;
}

const gmailRecords = async () => (await storedInterruptions(h)).filter((r) => r.appId === 'gmail');

describe('counts start where the page starts', () => {
  it('pages that load with an unread count record nothing, outside and during a block', async () => {
    await serveLoadedInbox();
    const outside = [await openInbox(7), await openInbox(8)];
    expect(describeRecords(await gmailRecords())).toBe(describeRecords([]));

    expect(await ask(h, 'startBlock', { minutes: 30 })).toEqual({ ok: true });
    await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
    await control.waitForTimeout(300);
    const during = [await openInbox(7), await openInbox(8)];
    expect(describeRecords(await gmailRecords())).toBe(describeRecords([]));

    // One real message on a page showing (1234): one interruption, one message, held.
    expect(await during[0]!.evaluate(() => (window as unknown as { arrive: () => number }).arrive())).toBe(1235);
    const held = await until(
      async () => {
        const r = await gmailRecords();
        return r.length > 0 ? r : null;
      },
      5_000,
      'the message to be stored',
    );
    await control.waitForTimeout(500);
    const records = await gmailRecords();
    expect(
      records.map((r) => [r.kind, r.messages]),
      describeRecords(held),
    ).toEqual([['held', 1]]);

    expect(await ask(h, 'endBlock', {})).toEqual({ ok: true });
    for (const page of [...outside, ...during]) await page.close();
    await until(async () => !(await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'block over');
  });
});

/** A stored interruption as the product writes it, for the scripted past of the day. */
function record(id: string, atMs: number, appId: string, kind: string, blockId: string | null) {
  return {
    id,
    at: atMs,
    lastAt: atMs,
    offsetMin: OFFSET * 60,
    appId,
    tabId: null,
    kind,
    messages: kind === 'peek' ? 0 : 1,
    signals: kind === 'peek' ? [] : ['notification'],
    blockId,
    text: null,
    // The block is over and its digest shown: nothing of the past still waits.
    state: 'released',
    tally: { notification: kind === 'peek' ? 0 : 1, rise: 0 },
  };
}

/** The day's script, in local wall-clock times. */
const WORK = { start: at(9), end: at(17) };
const AWAY = [
  { start: at(11), end: at(11, 40) },
  { start: at(12), end: at(13) },
];
const BLOCK = { start: at(13), end: at(14) };
const PAST: Array<{ at: number; app: string; kind: 'delivered' | 'held' | 'breakthrough' | 'peek' }> = [
  { at: at(8, 30), app: 'slack', kind: 'delivered' }, // before work
  { at: at(9, 20), app: 'slack', kind: 'delivered' },
  { at: at(10, 40), app: 'gmail', kind: 'delivered' },
  { at: at(11, 20), app: 'teams', kind: 'delivered' }, // while away
  { at: at(13, 10), app: 'slack', kind: 'held' },
  { at: at(13, 20), app: 'gmail', kind: 'held' },
  { at: at(13, 30), app: 'discord', kind: 'breakthrough' },
  { at: at(13, 45), app: 'slack', kind: 'peek' },
  { at: at(14, 30), app: 'teams', kind: 'delivered' },
  { at: at(15), app: 'gmail', kind: 'delivered' },
  { at: at(15, 40), app: 'slack', kind: 'delivered' },
];

/** Writes the scripted past straight into the product's database, as a test-only way to supply it. */
async function writePast(): Promise<void> {
  const block = {
    id: 'scripted-block',
    start: BLOCK.start,
    end: BLOCK.end,
    endedAt: BLOCK.end,
    origin: 'manual',
    endedEarly: false,
    strict: false,
    digestShown: true,
  };
  const interruptions = PAST.map((p, i) =>
    record(`scripted-${i}`, p.at, p.app, p.kind, p.at >= BLOCK.start && p.at < BLOCK.end ? block.id : null),
  );
  await control.evaluate(
    async ({ interruptions, block, away }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('heads-down');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['interruptions', 'blocks', 'away', 'kv'], 'readwrite');
      for (const r of interruptions) tx.objectStore('interruptions').put(r);
      // Around the rollups: without their mark, so the report rebuilds them (utils/db.ts rollupsComplete).
      tx.objectStore('kv').delete('rollupsComplete');
      tx.objectStore('blocks').put(block);
      for (const a of away) tx.objectStore('away').put(a);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { interruptions, block, away: AWAY },
  );
}

interface Walked {
  presentMin: number;
  reached: number;
  held: number;
  peeks: number;
  breaks: number;
  longestMin: number;
  focusMin: number;
  focusBreaks: number;
}

/**
 * The figures by walking the day second by second: a second is present when it is inside working
 * hours, before now and not away; a break (reached or peek) at a present second ends a stretch.
 */
function walk(events: Array<{ at: number; kind: string }>, now: number): Walked {
  const inside = (t: number, spans: Array<{ start: number; end: number }>) =>
    spans.some((s) => s.start <= t && t < s.end);
  const present = (t: number) => t >= WORK.start && t < WORK.end && t < now && !inside(t, AWAY);
  const out: Walked = {
    presentMin: 0,
    reached: 0,
    held: 0,
    peeks: 0,
    breaks: 0,
    longestMin: 0,
    focusMin: 0,
    focusBreaks: 0,
  };
  const breakSeconds = new Set<number>();
  for (const e of events) {
    if (!present(e.at)) continue;
    if (e.kind === 'held') out.held++;
    else if (e.kind === 'peek') out.peeks++;
    else out.reached++;
    if (e.kind !== 'held') {
      out.breaks++;
      breakSeconds.add(Math.floor(e.at / 1000));
      if (inside(e.at, [BLOCK])) out.focusBreaks++;
    }
  }
  let run = 0;
  let seconds = 0;
  let focusSeconds = 0;
  let longest = 0;
  for (let s = Math.floor(LOCAL_MIDNIGHT / 1000); s * 1000 < now; s++) {
    const t = s * 1000;
    if (!present(t)) {
      run = 0;
      continue;
    }
    if (breakSeconds.has(s)) run = 0;
    run++;
    seconds++;
    if (inside(t, [BLOCK])) focusSeconds++;
    longest = Math.max(longest, run);
  }
  return { ...out, presentMin: seconds / 60, longestMin: longest / 60, focusMin: focusSeconds / 60 };
}

/** The popup's words for a duration, as a person reads them (whole minutes). */
function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
function direction(mean: number): string {
  const shown = Math.round(mean);
  return shown < 11 ? 'shorter than' : shown > 11 ? 'longer than' : 'about the same as';
}

describe('a scripted working day', () => {
  it('shows today at work and in focus exactly as the script implies', async () => {
    // Working hours every day, so the test means the same on any weekday.
    const settings = await ask<Record<string, unknown>>(h, 'getSettings');
    const workHours = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '17:00', zone: 'local' },
    ];
    expect(await ask(h, 'saveSettings', { settings: { ...settings, workHours, workHoursConfirmed: true } })).toEqual({
      ok: true,
    });
    // The first test's records belong to the test, not to the script: start the day clean of them.
    await control.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('heads-down');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['interruptions', 'blocks', 'rollups', 'kv'], 'readwrite');
      tx.objectStore('interruptions').clear();
      tx.objectStore('blocks').clear();
      tx.objectStore('rollups').clear();
      tx.objectStore('kv').delete('rollupsComplete');
      await new Promise<void>((resolve) => {
        tx.oncomplete = () => resolve();
      });
      db.close();
    });
    await writePast();

    // One live message outside focus: it reaches the person now.
    const slack = await openApp(h.context, 'slack');
    const sentAt = Date.now();
    await fixture(slack).receive({ from: 'Sam', text: 'Lunch later?' });
    const live = await until(
      async () => (await storedInterruptions(h)).find((r) => r.at >= sentAt - 1000 && r.appId === 'slack'),
      5_000,
      'the live message to be stored',
    );
    expect(live.kind).toBe('delivered');

    const before = Date.now();
    const popup = await openPopup(h);
    const headline = (await popup.locator('[data-figure="headline"]').textContent())?.trim();
    const focusLine = (await popup.locator('[data-figure="focus-line"]').textContent())?.trim();
    const heldLine = (await popup.locator('[data-figure="held-line"]').textContent())?.trim();
    const value = async (id: string) =>
      (await popup.locator(`[data-figure="${id}"] .figure-value`).textContent())?.trim();
    const figures = {
      reached: await value('reached'),
      held: await value('held'),
      peeks: await value('peeks'),
      longest: await value('longest'),
    };
    const after = Date.now();

    const events = [...PAST.map((p) => ({ at: p.at, kind: p.kind })), { at: live.at, kind: 'delivered' }];
    // The popup read its clock somewhere between `before` and `after`: any of those readings is right.
    const expectedAt = (now: number) => {
      const w = walk(events, now);
      return {
        headline: `One interruption every ${duration(w.presentMin / w.breaks)} at work — ${direction(w.presentMin / w.breaks)} the 11-minute baseline`,
        focusLine: `${w.focusBreaks} interruptions in ${duration(w.focusMin)} of focus so far.`,
        heldLine: `${w.held} held that would have reached you`,
        figures: {
          reached: String(w.reached),
          held: String(w.held),
          peeks: String(w.peeks),
          longest: duration(w.longestMin),
        },
      };
    };
    const candidates = [expectedAt(before), expectedAt(after)];
    const shown = { headline, focusLine, heldLine, figures };
    const records = describeRecords(await storedInterruptions(h));
    expect(
      candidates.some((c) => JSON.stringify(c) === JSON.stringify(shown)),
      `${JSON.stringify(shown)}\nexpected one of\n${candidates.map((c) => JSON.stringify(c)).join('\n')}\n${records}`,
    ).toBe(true);
    // The script's own shape, so the test cannot pass on an empty day.
    const w = walk(events, before);
    expect([w.reached, w.held, w.peeks, w.breaks]).toEqual([7, 2, 1, 8]);
    expect(w.longestMin).toBe(80);
    await screenshot(popup, 'popup-afternoon-light', { fullPage: true });
    await popup.close();
    const dark = await openPopup(h, 'dark');
    await screenshot(dark, 'popup-afternoon-dark', { fullPage: true });
    await dark.close();

    // The report's row for today tells the same day, in exact minutes.
    const reportFrom = Date.now();
    const report = await openReport(h);
    const cells = await readTestIds(report);
    const reportTo = Date.now();
    const today = new Date(LOCAL_MIDNIGHT + OFFSET * HOUR).toISOString().slice(0, 10);
    const cell = (field: string) => cells.get(`day-${today}-${field}`);
    const [early, late] = [walk(events, reportFrom), walk(events, reportTo)];
    expect(
      ['reached', 'held', 'peeks', 'longest', 'focus'].map((f) => cell(f)?.value),
      JSON.stringify([...cells.entries()].filter(([id]) => id.startsWith(`day-${today}`))),
    ).toEqual([
      String(early.reached),
      String(early.held),
      String(early.peeks),
      String(early.longestMin),
      String(early.focusMin),
    ]);
    const work = Number(cell('work')?.value);
    expect(work).toBeGreaterThanOrEqual(early.presentMin - 1 / 60);
    expect(work).toBeLessThanOrEqual(late.presentMin + 1 / 60);
    expect(Number(cell('every-work')?.value)).toBeCloseTo(work / early.breaks, 6);
    expect([cell('every-work')?.rate, cell('every-focus')?.rate]).toEqual(['rate', 'few']);
    await report.close();
    await slack.close();
  });
});
