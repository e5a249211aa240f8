/**
 * utils/zone-time.ts against luxon, its oracle: the report's path computes with Intl alone, and every
 * figure must come out as it did with luxon. Random instants over 1960–2045 and instants next to each
 * zone's offset changes (found by luxon), in zones with 23- and 25-hour days, midnights that do not
 * exist or occur twice, 30- and 45-minute offsets, a skipped day, and unknown zones.
 */
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDays, weekStart } from '@/utils/week';
import {
  ianaOffset,
  isIanaZone,
  isoDate,
  localTime,
  midnightOfDate,
  offsetIn,
  plusDays,
  plusDaysStartOfDay,
  startOfDay,
} from '@/utils/zone-time';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Havana', // DST ends at 01:00 → 00:00: midnight occurs twice
  'America/Santiago', // DST starts at 24:00: midnight does not exist
  'America/Sao_Paulo', // midnight gaps until 2019
  'Asia/Beirut', // changes at midnight
  'Asia/Gaza',
  'Africa/Casablanca', // DST off during Ramadan
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45
  'Pacific/Apia', // skipped 2011-12-30 entirely
  'Pacific/Kiritimati', // +14
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Europe/Dublin', // negative DST in tzdata
  'Antarctica/Troll', // +2 hours in summer
  'Europe/London',
  'Asia/Tokyo',
  'UTC',
  'Etc/GMT+5',
  'utc',
  'UTC+3',
  'utc-4:30',
  'local',
  'Not/AZone', // unknown: UTC
  '',
];

/** luxon exactly as utils/week.ts used it: an unknown zone falls back to UTC. */
function zoned(ms: number, zone: string): DateTime {
  const dt = DateTime.fromMillis(ms, { zone });
  return dt.isValid ? dt : DateTime.fromMillis(ms, { zone: 'utc' });
}

const RANGE_FROM = Date.UTC(1960, 0, 1);
const RANGE_TO = Date.UTC(2045, 0, 1);
/** Scan step for offset changes: no zone changes and changes back within a week. */
const STEP = 7 * DAY;

/** Instants within a few hours of each offset change of `zone` in 1960–2045 (and the changes themselves). */
function transitionsOf(zone: string): number[] {
  if (!IANAZone.isValidZone(zone)) return [];
  const z = IANAZone.create(zone);
  const out: number[] = [];
  let prev = z.offset(RANGE_FROM);
  for (let t = RANGE_FROM + STEP; t < RANGE_TO; t += STEP) {
    const cur = z.offset(t);
    if (cur !== prev) {
      let lo = t - STEP;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (mid <= lo) break;
        if (z.offset(mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
    prev = cur;
  }
  return out;
}

const transitions = new Map(ZONES.map((z) => [z, transitionsOf(z)]));

/** An instant: anywhere in 1960–2045, or within 26 hours of one of the zone's offset changes. */
const instantIn = (zone: string) => {
  const changes = transitions.get(zone) ?? [];
  const anywhere = fc.integer({ min: RANGE_FROM, max: RANGE_TO });
  if (changes.length === 0) return anywhere;
  const near = fc
    .tuple(
      fc.integer({ min: 0, max: changes.length - 1 }),
      fc.integer({ min: -26 * 60, max: 26 * 60 }),
      fc.integer({ min: 0, max: 59_999 }),
    )
    .map(([i, minutes, ms]) => changes[i]! + minutes * MINUTE + (ms % 2 === 0 ? 0 : ms));
  return fc.oneof(near, near, anywhere);
};

const zoneAndInstant = fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), instantIn(zone)));

const RUNS = { numRuns: 3_000 };
/** luxon is the slow side here; the runs are many. */
const SLOW = 120_000;

describe('zone-time equals luxon', () => {
  it('knows the zones luxon knows', () => {
    for (const zone of [...ZONES, 'europe/berlin', 'EST5EDT', 'Foo', 'America/Argentina/Buenos_Aires'])
      expect(isIanaZone(zone), zone).toBe(IANAZone.isValidZone(zone));
  });

  it(
    'gives IANAZone offsets',
    () => {
      fc.assert(
        fc.property(zoneAndInstant, ([zone, ms]) => {
          const expected = IANAZone.isValidZone(zone) ? IANAZone.create(zone).offset(ms) : Number.NaN;
          expect(ianaOffset(zone, ms)).toBe(expected);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'reads wall-clock fields and offsets as zoned() did',
    () => {
      fc.assert(
        fc.property(zoneAndInstant, ([zone, ms]) => {
          const dt = zoned(ms, zone);
          const t = localTime(ms, zone);
          expect([t.year, t.month, t.day, t.hour, t.weekday, t.offset]).toEqual([
            dt.year,
            dt.month,
            dt.day,
            dt.hour,
            dt.weekday,
            dt.offset,
          ]);
          expect(offsetIn(ms, zone)).toBe(dt.offset);
          expect(isoDate(ms, zone)).toBe(dt.toFormat('yyyy-MM-dd'));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "finds the day's start as startOf('day')",
    () => {
      fc.assert(
        fc.property(zoneAndInstant, ([zone, ms]) => {
          expect(startOfDay(ms, zone)).toBe(zoned(ms, zone).startOf('day').toMillis());
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "shifts by calendar days as plus({ days }) and plus({ weeks }), then startOf('day')",
    () => {
      fc.assert(
        fc.property(zoneAndInstant, fc.integer({ min: -60, max: 60 }), ([zone, ms], days) => {
          const dt = zoned(ms, zone);
          expect(plusDays(ms, days, zone)).toBe(dt.plus({ days }).toMillis());
          expect(plusDaysStartOfDay(ms, days, zone)).toBe(dt.plus({ days }).startOf('day').toMillis());
          const weeks = Math.trunc(days / 7);
          expect(plusDays(ms, weeks * 7, zone)).toBe(dt.plus({ weeks }).toMillis());
          expect(plusDays(ms, -weeks * 7, zone)).toBe(dt.minus({ weeks }).toMillis());
          const midnight = dt.startOf('day');
          expect(plusDaysStartOfDay(midnight.toMillis(), days, zone)).toBe(
            midnight.plus({ days }).startOf('day').toMillis(),
          );
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'reads a yyyy-MM-dd date as fromISO does, with the offset guessed at luxon’s clock',
    () => {
      const date = fc.oneof(
        zoneAndInstant.map(([zone, ms]) => [zone, zoned(ms, zone).toFormat('yyyy-MM-dd')] as const),
        fc
          .tuple(
            fc.constantFrom(...ZONES),
            fc.integer({ min: 1900, max: 2100 }),
            fc.integer({ min: 0, max: 13 }),
            fc.integer({ min: 0, max: 32 }),
          )
          .map(
            ([zone, y, m, d]) => [zone, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`] as const,
          ),
      );
      fc.assert(
        fc.property(date, ([zone, text]) => {
          const now = Date.now();
          const dt = DateTime.fromISO(text, { zone });
          const got = midnightOfDate(text, zone, now);
          // luxon read its own clock a moment later: the guess only matters for a midnight that occurs
          // twice, on a day an offset changes, never at the instants compared here.
          expect(got).toBe(dt.isValid ? dt.toMillis() : null);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'resolves every local midnight near an offset change as luxon does (both guesses)',
    () => {
      for (const zone of ZONES) {
        for (const change of transitions.get(zone) ?? []) {
          for (let h = -27; h <= 27; h += 3) {
            const ms = change + h * HOUR;
            const dt = zoned(ms, zone);
            expect(startOfDay(ms, zone), `${zone} ${ms}`).toBe(dt.startOf('day').toMillis());
            expect(plusDaysStartOfDay(ms, 1, zone), `${zone} ${ms}`).toBe(
              dt.plus({ days: 1 }).startOf('day').toMillis(),
            );
            expect(plusDaysStartOfDay(ms, -1, zone), `${zone} ${ms}`).toBe(
              dt.minus({ days: 1 }).startOf('day').toMillis(),
            );
          }
        }
      }
    },
    SLOW,
  );

  it(
    'gives weekStart and localDays as their luxon versions did',
    () => {
      const luxonWeekStart = (at: number, zone: string, firstDay: 1 | 7) => {
        const day = zoned(at, zone).startOf('day');
        const back = (day.weekday - firstDay + 7) % 7;
        return day.minus({ days: back }).startOf('day').toMillis();
      };
      const luxonLocalDays = (start: number, zone: string, count: number) => {
        const first = zoned(start, zone).startOf('day');
        return Array.from({ length: count }, (_, i) => ({
          start: first.plus({ days: i }).startOf('day').toMillis(),
          end: first
            .plus({ days: i + 1 })
            .startOf('day')
            .toMillis(),
        }));
      };
      fc.assert(
        fc.property(zoneAndInstant, fc.constantFrom<1 | 7>(1, 7), ([zone, ms], firstDay) => {
          expect(weekStart(ms, zone, firstDay)).toBe(luxonWeekStart(ms, zone, firstDay));
          expect(localDays(ms, zone, 8)).toEqual(luxonLocalDays(ms, zone, 8));
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it('keeps the cases the report’s oracles name', () => {
    // Berlin's 23- and 25-hour days.
    const march = midnightOfDate('2026-03-29', 'Europe/Berlin', 0)!;
    expect(plusDaysStartOfDay(march, 1, 'Europe/Berlin') - march).toBe(23 * HOUR);
    const october = midnightOfDate('2026-10-25', 'Europe/Berlin', 0)!;
    expect(plusDaysStartOfDay(october, 1, 'Europe/Berlin') - october).toBe(25 * HOUR);
    // Santiago 2024-09-08: midnight does not exist; the day starts at 01:00 (UTC−3).
    expect(startOfDay(Date.UTC(2024, 8, 8, 12), 'America/Santiago')).toBe(Date.UTC(2024, 8, 8, 4));
    // An unknown zone is UTC.
    expect(startOfDay(Date.UTC(2026, 0, 5, 13), 'Not/AZone')).toBe(Date.UTC(2026, 0, 5));
    expect(midnightOfDate('2026-01-05', 'Not/AZone', 0)).toBeNull();
    expect(midnightOfDate('2026-02-30', 'Europe/Berlin', 0)).toBeNull();
  });
});
