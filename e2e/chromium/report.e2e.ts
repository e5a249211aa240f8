/**
 * Issue 6 in real Chromium, with the browser in Europe/Berlin: a seeded week written straight into
 * IndexedDB shows exactly the figures the test computed from it (days, total, apps, heatmap, words),
 * the CSV export says the same, week navigation across both 2026 clock changes keeps local
 * midnights, and axe finds nothing serious in light or dark. (The year-of-history timing is `npm run bench`'s.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, launchBrowser, runAxe } from '../harness';
import { screenshot } from './helpers/screenshots';
import { addDays, midnight, offsetMin, weekStartKey, ZONE } from './report-helpers/berlin';
import { expectedView, shownView } from './report-helpers/compare';
import { csvTables } from './report-helpers/csv';
import { dstRecords } from './report-helpers/dst';
import { expectedWeek } from './report-helpers/expected';
import { openReport, readTestIds, reportUrl, seed, waitReady } from './report-helpers/page';
import { seededWeek } from './report-helpers/seeded-week';
import { APP_NAMES, summary } from './report-helpers/words';

const savedTz = process.env.TZ;
let h: BrowserHandle;
/** The report in en-GB: weeks start on Monday. Reused by most tests. */
let page: Page;

beforeAll(async () => {
  // Playwright hands its own environment to Chromium: the whole browser (worker too) runs in Berlin.
  process.env.TZ = ZONE;
  h = await launchBrowser({ fixtures: false });
  page = await openReport(h, { locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const week = seededWeek();
const expected = expectedWeek(week.interruptions, week.blocks, week.weekStart);

describe('a seeded week', () => {
  it('is generated with every kind, several blocked days, and runs in a browser set to Berlin', async () => {
    const kinds = new Set(week.interruptions.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['breakthrough', 'delivered', 'held', 'peek']);
    expect(expected.days.filter((d) => d.focusMs > 0).length).toBeGreaterThanOrEqual(5);
    expect(
      expected.days.filter((d) => d.focusMs > 0 && d.meanMs === null).length + expected.total.held,
    ).toBeGreaterThan(0);
    // The hand-written zone rules (berlin.ts) agree with the browser's own zone data, hour by hour
    // through both clock changes of 2026.
    const instants = [Date.UTC(2026, 2, 28), Date.UTC(2026, 9, 24), Date.UTC(2026, 10, 15)].flatMap((s) =>
      Array.from({ length: 72 }, (_, i) => s + i * 3_600_000),
    );
    const browserOffsets = await page.evaluate((list) => list.map((t) => -new Date(t).getTimezoneOffset()), instants);
    expect(browserOffsets).toEqual(instants.map(offsetMin));
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
  });

  it('shows every figure the test computed: days, total, blocks, apps, heatmap and the summary', async () => {
    await seed(page, week);
    // Any day of the week names it; Monday-first in en-GB.
    await page.goto(reportUrl(h, addDays(week.weekStart, 2)));
    await waitReady(page, week.weekStart);
    const cells = await readTestIds(page);
    expect(cells.get('week-zone')?.text).toContain(ZONE);
    const dates = [...cells.keys()].flatMap((id) => /^day-(.+)-focus$/.exec(id)?.[1] ?? []);
    expect(dates).toEqual(expected.dates);
    expect(shownView(cells, expected.dates)).toEqual(expectedView(expected));

    const shownApps = [...cells.keys()].flatMap((id) => /^app-(.+)-name$/.exec(id)?.[1] ?? []);
    expect(shownApps).toEqual(expected.apps.map((a) => a.appId));
    for (const a of expected.apps) {
      const get = (field: string) => cells.get(`app-${a.appId}-${field}`)?.text;
      expect(
        {
          name: get('name'),
          held: get('held'),
          reached: get('reached'),
          breakthroughs: get('breakthroughs'),
          peeks: get('peeks'),
          messages: get('messages'),
        },
        a.appId,
      ).toEqual({
        name: APP_NAMES[a.appId],
        held: String(a.held),
        reached: String(a.reached),
        breakthroughs: String(a.breakthroughs),
        peeks: String(a.peeks),
        messages: String(a.messages),
      });
    }
    expect(cells.get('summary')?.text).toBe(summary(expected));
  });

  it('exports the same figures as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-week-csv"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`heads-down-week-${week.weekStart}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const [days = [], apps = []] = csvTables(text);
    const minutes = (ms: number | null) => (ms === null ? '' : ms / 60_000);
    // One decimal of minutes: the exported figure is within 0.05 min of the exact one.
    const close = (cell: string | undefined, ms: number | null) => {
      if (ms === null) return cell === '';
      const n = Number(cell);
      return cell !== '' && Math.abs(n - ms / 60_000) <= 0.05 + 1e-9 && Math.round(n * 10) === n * 10;
    };
    expect(days[0]).toEqual([
      'date',
      'focus_minutes',
      'held',
      'reached',
      'breakthroughs',
      'peeks',
      'messages_held',
      'longest_stretch_minutes',
      'mean_between_minutes',
    ]);
    const rows = [...expected.dates.map((d, i) => [d, expected.days[i]!] as const), ['total', expected.total] as const];
    expect(days.slice(1).map((r) => r[0])).toEqual(rows.map(([label]) => label));
    for (const [i, [label, f]] of rows.entries()) {
      const r = days[i + 1]!;
      expect(r.slice(2, 7), label).toEqual([f.held, f.reached, f.breakthroughs, f.peeks, f.messagesHeld].map(String));
      expect(
        { focus: close(r[1], f.focusMs), longest: close(r[7], f.longestMs), mean: close(r[8], f.meanMs) },
        `${label}: ${r.join(',')} vs ${minutes(f.focusMs)}, ${minutes(f.longestMs)}, ${minutes(f.meanMs)}`,
      ).toEqual({
        focus: true,
        longest: true,
        mean: true,
      });
    }
    expect(apps[0]).toEqual(['app_id', 'app', 'held', 'reached', 'breakthroughs', 'peeks', 'messages']);
    expect(apps.slice(1)).toEqual(
      expected.apps.map((a) =>
        [a.appId, APP_NAMES[a.appId], a.held, a.reached, a.breakthroughs, a.peeks, a.messages].map(String),
      ),
    );
  });

  it("exports the week's own records, and no others, as JSON", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-week-json"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`heads-down-week-${week.weekStart}.json`);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const from = midnight(week.weekStart);
    const to = midnight(addDays(week.weekStart, 7));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...file.interruptions].sort(byId)).toEqual(
      week.interruptions.filter((r) => r.at >= from && r.at < to).sort(byId),
    );
    expect([...file.blocks].sort(byId)).toEqual(
      week.blocks.filter((b) => b.start < to && (b.endedAt ?? b.end) > from).sort(byId),
    );
  });
});

/** Opens a week, checks its rows and figures against the test's own arithmetic, returns the cells. */
async function checkWeek(tab: Page, weekKey: string, records: ReturnType<typeof dstRecords>) {
  await waitReady(tab, weekKey);
  const cells = await readTestIds(tab);
  const want = expectedWeek(records.interruptions, records.blocks, weekKey);
  const dates = [...cells.keys()].flatMap((id) => /^day-(.+)-focus$/.exec(id)?.[1] ?? []);
  expect(dates, `rows of the week of ${weekKey}`).toEqual(want.dates);
  const { days, heat, total } = shownView(cells, want.dates);
  const wanted = expectedView(want);
  expect({ days, heat, total }, `week of ${weekKey}`).toEqual({
    days: wanted.days,
    heat: wanted.heat,
    total: wanted.total,
  });
  return cells;
}

/** Clicks a week button; the address then names the new week, so a reload or a link shows it again. */
async function move(tab: Page, to: 'next' | 'prev', weekKey: string) {
  await tab.click(`[data-testid="week-${to}"]`);
  await waitReady(tab, weekKey);
  expect(new URL(tab.url()).searchParams.get('week')).toBe(weekKey);
}

describe('week navigation across the clock changes', () => {
  const records = dstRecords();

  it('keeps local midnights through the 25-hour day (Sunday-first and Monday-first weeks)', async () => {
    await seed(page, records);
    // en-US: Sunday-first. The week of Monday 19 October starts Sunday the 18th; next is the 25th.
    const us = await openReport(h, { locale: 'en-US', week: '2026-10-19' });
    const sunday = weekStartKey('2026-10-19', 7);
    expect(sunday).toBe('2026-10-18');
    let cells = await checkWeek(us, sunday, records);
    expect(cells.get('heat-2026-10-24-23')?.text).toBe('1');
    await move(us, 'next', '2026-10-25');
    cells = await checkWeek(us, '2026-10-25', records);
    expect(cells.get('heat-2026-10-25-23')?.text, '23:30 on the 25th stays on the 25th').toBe('1');
    expect(cells.get('heat-2026-10-26-00')?.text, '00:30 on the 26th is the 26th').toBe('1');
    expect(cells.get('heat-2026-10-25-02')?.text, '02:30 happened twice').toBe('2');
    expect(cells.get('day-2026-10-25-focus')?.value, '01:00 CEST to 04:00 CET is four hours').toBe('240');
    await move(us, 'prev', sunday);
    await checkWeek(us, sunday, records);
    await us.close();

    // en-GB: Monday-first. The 25th is the last day of the week of the 19th, the 26th opens the next.
    await page.goto(reportUrl(h, '2026-10-19'));
    cells = await checkWeek(page, '2026-10-19', records);
    expect(cells.get('heat-2026-10-25-23')?.text).toBe('1');
    await move(page, 'next', '2026-10-26');
    cells = await checkWeek(page, '2026-10-26', records);
    expect(cells.get('heat-2026-10-26-00')?.text).toBe('1');
  });

  it('keeps local midnights through the 23-hour day of 29 March', async () => {
    const us = await openReport(h, { locale: 'en-US', week: '2026-03-22' });
    await checkWeek(us, '2026-03-22', records);
    await move(us, 'next', '2026-03-29');
    const cells = await checkWeek(us, '2026-03-29', records);
    expect(cells.get('heat-2026-03-29-23')?.text, '23:30 on the 29th stays on the 29th').toBe('1');
    expect(cells.get('heat-2026-03-30-00')?.text, '00:30 on the 30th is the 30th').toBe('1');
    expect(cells.get('heat-2026-03-29-02')?.text, '02:00–03:00 never happened').toBe('0');
    expect(cells.get('day-2026-03-29-focus')?.value, '01:00 CET to 04:00 CEST is two hours').toBe('120');
    await us.close();

    await page.goto(reportUrl(h, '2026-03-23'));
    await checkWeek(page, '2026-03-23', records);
    await move(page, 'next', '2026-03-30');
    await checkWeek(page, '2026-03-30', records);
  });
});

describe('accessibility and looks', () => {
  it('has no serious or critical axe violation in light or dark; screenshots', async () => {
    await seed(page, week);
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await openReport(h, { locale: 'en-GB', colorScheme: scheme, week: week.weekStart });
      await waitReady(tab, week.weekStart);
      expect(await runAxe(tab), scheme).toEqual([]);
      await screenshot(tab, `report-${scheme}`, { fullPage: true });
      // The light one is also the README's picture.
      if (scheme === 'light') await screenshot(tab, 'report', { fullPage: true });
      await tab.close();
    }
  });
});
