/**
 * components/options/week-preview.ts against luxon, its oracle: the options page dropped luxon
 * (issue 12) and must show the same days, weekday names, day numbers and times as it did with it.
 * The oracle below is the page's former luxon code, kept here verbatim in substance.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayOfMonth, describeWindow, layoutWeek, todayStart, weekdayName } from '@/components/options/week-preview';
import { weekStart } from '@/utils/week';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Havana', // midnight occurs twice
  'America/Santiago', // midnight does not exist
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45
  'Pacific/Apia', // skipped 2011-12-30
  'Asia/Kolkata',
  'Asia/Tokyo',
];
const LOCALES = ['en', 'en-GB', 'en-US', 'de', 'es', 'fr', 'ja', 'pt-BR'];
const FROM = Date.UTC(2005, 0, 1);
const TO = Date.UTC(2040, 0, 1);

const oracle = {
  layoutDays(nowMs: number, zone: string, firstDay: 1 | 7) {
    const first = DateTime.fromMillis(weekStart(nowMs, zone, firstDay), { zone });
    return Array.from({ length: 7 }, (_, i) => ({
      start: first.plus({ days: i }).startOf('day').toMillis(),
      end: first
        .plus({ days: i + 1 })
        .startOf('day')
        .toMillis(),
    }));
  },
  describeWindow(w: { start: number; end: number }, zone: string, locale: string) {
    const s = DateTime.fromMillis(w.start, { zone }).setLocale(locale);
    const e = DateTime.fromMillis(w.end, { zone }).setLocale(locale);
    const from = `${s.toFormat('ccc')} ${s.toFormat('t')}`;
    if (e.hasSame(s, 'day')) return `${from}–${e.toFormat('t')}`;
    if (e.equals(s.plus({ days: 1 }).startOf('day')))
      return `${from}–${e.minus({ minutes: 1 }).toFormat('t') === '23:59' ? '24:00' : e.toFormat('t')}`;
    return `${from}–${e.toFormat('ccc')} ${e.toFormat('t')}`;
  },
};

const instant = fc.integer({ min: FROM, max: TO });
const zone = fc.constantFrom(...ZONES);
const locale = fc.constantFrom(...LOCALES);

describe('the options page without luxon shows what luxon showed', () => {
  it('lays out the same seven local days of the week', () => {
    fc.assert(
      fc.property(instant, zone, fc.constantFrom<1 | 7>(1, 7), (now, z, firstDay) => {
        const days = layoutWeek([], now, z, firstDay).days.map(({ start, end }) => ({ start, end }));
        expect(days).toEqual(oracle.layoutDays(now, z, firstDay));
      }),
      { numRuns: 400 },
    );
  });

  it('starts today at the same local midnight', () => {
    fc.assert(
      fc.property(instant, zone, (now, z) => {
        expect(todayStart(now, z)).toBe(DateTime.fromMillis(now, { zone: z }).startOf('day').toMillis());
      }),
      { numRuns: 400 },
    );
  });

  it('names weekdays and days of the month alike', () => {
    fc.assert(
      fc.property(instant, zone, locale, (ms, z, loc) => {
        const d = DateTime.fromMillis(ms, { zone: z }).setLocale(loc);
        expect(weekdayName(ms, z, loc, 'short')).toBe(d.toFormat('ccc'));
        expect(weekdayName(ms, z, loc, 'long')).toBe(d.toFormat('cccc'));
        expect(dayOfMonth(ms, z, loc)).toBe(d.toFormat('d'));
      }),
      { numRuns: 400 },
    );
  });

  it('describes a window alike: within a day, up to midnight, and across days', () => {
    const length = fc.oneof(
      fc.integer({ min: 15, max: 12 * 60 }).map((m) => m * 60_000),
      fc.integer({ min: 1, max: 60 }).map((h) => h * 3_600_000),
    );
    fc.assert(
      fc.property(instant, length, zone, locale, fc.boolean(), (at, ms, z, loc, toMidnight) => {
        // Half the windows end exactly at a local midnight, the case with its own wording.
        const start = Math.floor(at / 60_000) * 60_000;
        const end = toMidnight
          ? DateTime.fromMillis(start, { zone: z }).plus({ days: 1 }).startOf('day').toMillis()
          : start + ms;
        // The one difference allowed: luxon writes English 12-hour times from its own table, with a
        // narrow no-break space before AM/PM; Intl in V8 writes a plain space there.
        const luxon = oracle.describeWindow({ start, end }, z, loc).replaceAll('\u202f', ' ');
        expect(describeWindow({ start, end }, z, loc)).toBe(luxon);
      }),
      { numRuns: 600 },
    );
  });
});
