/** focusWindows on ordinary weeks: days, midnight crossings, merging, range edges, 'local'. */
import { describe, expect, it } from 'vitest';
import type { ScheduleFile, ScheduleRule } from '@/utils/model';
import { focusWindows, mergeIntervals, parseClock } from '@/utils/schedule';

const H = 3_600_000;
const D = 24 * H;
const at = (y: number, mo: number, d: number, h: number, mi: number, off: number) =>
  Date.UTC(y, mo - 1, d, h, mi) - off * 60_000;
const file = (...rules: ScheduleRule[]): ScheduleFile => ({ format: 'heads-down-schedule', version: 1, rules });
const EDT = -240;
const CEST = 120;
// Monday 2 June 2025 … Sunday 8 June 2025: no DST change anywhere in this week.
const MON = Date.UTC(2025, 5, 2);

describe('focusWindows on an ordinary week', () => {
  it('yields one window per listed weekday, at wall-clock times in the rule zone', () => {
    const f = file({ days: ['mon', 'wed', 'fri'], start: '09:00', end: '11:00', zone: 'America/New_York' });
    const got = focusWindows(f, MON, MON + 7 * D, 'UTC');
    expect(got).toEqual([2, 4, 6].map((d) => ({ start: at(2025, 6, d, 9, 0, EDT), end: at(2025, 6, d, 11, 0, EDT) })));
  });

  it('days are the days a block starts on: Friday 22:00–02:00 ends on Saturday', () => {
    const f = file({ days: ['fri'], start: '22:00', end: '02:00', zone: 'Europe/Berlin' });
    expect(focusWindows(f, MON, MON + 7 * D, 'UTC')).toEqual([
      { start: at(2025, 6, 6, 22, 0, CEST), end: at(2025, 6, 7, 2, 0, CEST) },
    ]);
  });

  it('includes whole a window that started before the range (Sunday night into Monday)', () => {
    const f = file({ days: ['sun'], start: '23:00', end: '03:00', zone: 'UTC' });
    expect(focusWindows(f, MON + H, MON + 2 * H, 'UTC')).toEqual([{ start: MON - H, end: MON + 3 * H }]);
  });

  it('looks back a week and a day: a 23-hour Sunday block still running on Monday', () => {
    const f = file({ days: ['sun'], start: '23:00', end: '22:00', zone: 'UTC' });
    expect(focusWindows(f, MON + 21 * H, MON + 21 * H + 1, 'UTC')).toEqual([{ start: MON - H, end: MON + 22 * H }]);
  });

  it('returns the whole window when the range starts inside it', () => {
    const f = file({ days: ['tue'], start: '09:00', end: '17:00', zone: 'UTC' });
    const tue9 = MON + D + 9 * H;
    expect(focusWindows(f, tue9 + 2 * H, tue9 + 3 * H, 'UTC')).toEqual([{ start: tue9, end: tue9 + 8 * H }]);
  });

  it('treats the range as half-open [from, to)', () => {
    const f = file({ days: ['tue'], start: '09:00', end: '10:00', zone: 'UTC' });
    const tue9 = MON + D + 9 * H;
    expect(focusWindows(f, tue9 - H, tue9, 'UTC')).toEqual([]);
    expect(focusWindows(f, tue9 + H, tue9 + 2 * H, 'UTC')).toEqual([]);
    expect(focusWindows(f, tue9 + H - 1, tue9 + H, 'UTC')).toHaveLength(1);
    expect(focusWindows(f, tue9, tue9, 'UTC')).toEqual([]);
  });

  it('merges overlapping windows across rules and zones', () => {
    // 09:00–11:00 New York (13:00–15:00Z) and 15:30–17:00 London BST (14:30–16:00Z).
    const f = file(
      { days: ['mon'], start: '09:00', end: '11:00', zone: 'America/New_York' },
      { days: ['mon'], start: '15:30', end: '17:00', zone: 'Europe/London' },
    );
    expect(focusWindows(f, MON, MON + D, 'UTC')).toEqual([{ start: MON + 13 * H, end: MON + 16 * H }]);
  });

  it('merges touching windows, and a window contained in another', () => {
    const f = file(
      { days: ['mon'], start: '09:00', end: '10:00', zone: 'UTC' },
      { days: ['mon'], start: '10:00', end: '11:00', zone: 'UTC' },
      { days: ['mon'], start: '09:15', end: '09:45', zone: 'UTC' },
      { days: ['mon'], start: '11:01', end: '12:00', zone: 'UTC' },
    );
    expect(focusWindows(f, MON, MON + D, 'UTC')).toEqual([
      { start: MON + 9 * H, end: MON + 11 * H },
      { start: MON + 11 * H + 60_000, end: MON + 12 * H },
    ]);
  });

  it('merges a chain that began before the range, whole', () => {
    const f = file(
      { days: ['mon'], start: '20:00', end: '02:00', zone: 'UTC' },
      { days: ['tue'], start: '02:00', end: '08:00', zone: 'UTC' },
    );
    expect(focusWindows(f, MON + D + 7 * H, MON + D + 9 * H, 'UTC')).toEqual([
      { start: MON + 20 * H, end: MON + D + 8 * H },
    ]);
  });

  it("reads 'local' in the given zone", () => {
    const f = file({ days: ['mon'], start: '09:00', end: '10:00', zone: 'local' });
    expect(focusWindows(f, MON, MON + D, 'Asia/Kolkata')).toEqual([
      { start: at(2025, 6, 2, 9, 0, 330), end: at(2025, 6, 2, 10, 0, 330) },
    ]);
    expect(focusWindows(f, MON, MON + D, 'America/New_York')).toEqual([
      { start: at(2025, 6, 2, 9, 0, EDT), end: at(2025, 6, 2, 10, 0, EDT) },
    ]);
  });

  it('treats start === end as a 24-hour block (the validator rejects it in files)', () => {
    const f = file({ days: ['wed'], start: '09:00', end: '09:00', zone: 'UTC' });
    const wed9 = MON + 2 * D + 9 * H;
    expect(focusWindows(f, MON, MON + 7 * D, 'UTC')).toEqual([{ start: wed9, end: wed9 + D }]);
  });

  it('skips rules with an invalid zone or time instead of throwing', () => {
    const f = file(
      { days: ['mon'], start: '9:00', end: '10:00', zone: 'UTC' },
      { days: ['mon'], start: '09:00', end: '10:00', zone: 'Mars/Olympus' },
      { days: ['mon'], start: '12:00', end: '13:00', zone: 'UTC' },
    );
    expect(focusWindows(f, MON, MON + D, 'UTC')).toEqual([{ start: MON + 12 * H, end: MON + 13 * H }]);
  });

  it('a gap-free week becomes one window reaching well beyond the range', () => {
    const f = file(
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '12:00', zone: 'UTC' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '12:00', end: '00:00', zone: 'UTC' },
    );
    const got = focusWindows(f, MON, MON + D, 'UTC');
    expect(got).toHaveLength(1);
    expect(got[0]!.start).toBeLessThanOrEqual(MON - 7 * D);
    expect(got[0]!.end).toBeGreaterThanOrEqual(MON + 8 * D);
  });
});

describe('long spans', () => {
  it('counts every weekday of 2026 and stays fast with 50 rules over a year', () => {
    const weekdays = file({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '10:00',
      zone: 'America/New_York',
    });
    const from = Date.UTC(2026, 0, 1, 12);
    const to = Date.UTC(2027, 0, 1, 12);
    // 2026 starts on a Thursday: 52 whole weeks plus one Thursday.
    expect(focusWindows(weekdays, from, to, 'UTC')).toHaveLength(52 * 5 + 1);

    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Chatham', 'local'];
    const rules: ScheduleRule[] = Array.from({ length: 50 }, (_, i) => ({
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: `${String(i % 24).padStart(2, '0')}:00`,
      end: `${String(i % 24).padStart(2, '0')}:20`,
      zone: zones[i % zones.length]!,
    }));
    const t0 = performance.now();
    const got = focusWindows(file(...rules), from, to, 'Asia/Kathmandu');
    const ms = performance.now() - t0;
    expect(got.length).toBeGreaterThan(365 * 20);
    expect(ms).toBeLessThan(1500);
  });
});

describe('helpers', () => {
  it('parseClock accepts only HH:MM 00:00–23:59', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['24:00', '9:00', '09:60', '09:00:00', ' 09:00', '']) expect(parseClock(bad)).toBeNull();
  });

  it('mergeIntervals sorts and merges touching intervals', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 6 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 6 },
    ]);
  });
});
