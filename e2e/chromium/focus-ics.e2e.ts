/**
 * Issue 3 in real Chromium: the options page's "Export to calendar (.ics)" download, read by a real
 * calendar engine (ical.js), gives the same focus windows as focusWindows over six-week ranges
 * around the next DST changes in New York and Berlin, including times that fall into the spring
 * gap, ambiguous autumn times, a rule crossing midnight, and rules that overlap and merge.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleFile } from '../../utils/model';
import { focusWindows } from '../../utils/schedule';
import { type BrowserHandle, launchBrowser, openExtensionPage } from '../harness';
import { ask } from '../product';
import { expandIcs, nextOffsetChanges, type Span, unionOf } from './helpers/ics-expand';
import { DAY } from './helpers/utc-rules';

const SCHEDULE: ScheduleFile = {
  format: 'heads-down-schedule',
  version: 1,
  rules: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '11:00', zone: 'America/New_York' },
    // 01:30 is ambiguous on the autumn Sunday; the block crosses the spring gap.
    { days: ['sun'], start: '01:30', end: '03:00', zone: 'America/New_York' },
    // Crosses midnight into Sunday; 02:30 does not exist on the spring Sunday. Overlaps the rule above.
    { days: ['sat'], start: '23:30', end: '02:30', zone: 'America/New_York' },
    // Starts in Berlin's spring gap; 02:30 is ambiguous on its autumn Sunday.
    { days: ['sun'], start: '02:30', end: '04:00', zone: 'Europe/Berlin' },
    { days: ['tue', 'thu'], start: '14:00', end: '16:00', zone: 'Europe/Berlin' },
    { days: ['wed'], start: '22:00', end: '23:30', zone: 'local' },
  ],
};
const SIX_WEEKS = 42 * DAY;

let h: BrowserHandle;
let ics: string;
let exportedAt: number;
let browserZone: string;

beforeAll(async () => {
  h = await launchBrowser();
  expect(await ask(h, 'saveSchedule', { file: SCHEDULE })).toEqual({ ok: true });
  const options = await openExtensionPage(h, 'options.html');
  const button = options.getByRole('button', { name: 'Export to calendar (.ics)' });
  await button.waitFor({ state: 'visible' });
  browserZone = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  exportedAt = Date.now();
  const [download] = await Promise.all([options.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('heads-down-focus.ics');
  ics = await readFile(await download.path(), 'utf8');
});
afterAll(async () => {
  await h?.close();
});

/** The file's windows overlapping [from, to), merged; expanded with a margin so merges are whole. */
function icsWindows(from: number, to: number): Span[] {
  return unionOf(expandIcs(ics, from - 2 * DAY, to + 2 * DAY)).filter((w) => w.end > from && w.start < to);
}

const iso = (spans: Span[]) =>
  spans.map((s) => `${new Date(s.start).toISOString()} – ${new Date(s.end).toISOString()}`);

describe('the exported ICS file', () => {
  it('is a calendar with a weekly series per rule and the zones it names', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const zone of ['America/New_York', 'Europe/Berlin', browserZone]) expect(ics).toContain(`TZID:${zone}\r\n`);
    expect(ics.match(/^RRULE:FREQ=WEEKLY/gm)).toHaveLength(SCHEDULE.rules.length);
  });

  it('matches focusWindows over the six weeks after the export', () => {
    const from = exportedAt;
    const expected = focusWindows(SCHEDULE, from, from + SIX_WEEKS, browserZone);
    expect(iso(icsWindows(from, from + SIX_WEEKS))).toEqual(iso(expected));
  });

  for (const zone of ['America/New_York', 'Europe/Berlin']) {
    it(`matches focusWindows over six weeks around each of the next two DST changes in ${zone}`, () => {
      // Past the export's own week, so every range lies inside the series.
      const changes = nextOffsetChanges(zone, exportedAt + 8 * DAY, 2);
      expect(changes).toHaveLength(2);
      for (const change of changes) {
        const from = change - 21 * DAY;
        const to = change + 21 * DAY;
        const expected = focusWindows(SCHEDULE, from, to, browserZone);
        const got = icsWindows(from, to);
        expect(iso(got), `around ${new Date(change).toISOString()}`).toEqual(iso(expected));
        // Not vacuous: the blocks sit at other UTC times of day after the change than before it.
        const timesOfDay = (spans: Span[]) => [...new Set(spans.map((w) => w.start % DAY))].sort((a, b) => a - b);
        const before = timesOfDay(got.filter((w) => w.end <= change));
        const after = timesOfDay(got.filter((w) => w.start >= change));
        expect(after).not.toEqual(before);
        console.info(`[focus-ics] ${zone} change ${new Date(change).toISOString()}: ${got.length} windows agree`);
      }
    });
  }
});
