import { describe, expect, it } from 'vitest';
import { originFromInput } from '@/components/options/site-origin';
import { describeWindow, layoutWeek } from '@/components/options/week-preview';

const H = 3_600_000;

describe('layoutWeek', () => {
  it('starts on Monday and cuts a window that crosses midnight into two days', () => {
    // Wed 2025-03-05 12:00 UTC; the Monday is 2025-03-03.
    const monday = Date.UTC(2025, 2, 3);
    const w = { start: monday + 2 * 24 * H + 22 * H, end: monday + 3 * 24 * H + 2 * H }; // Wed 22:00–Thu 02:00
    const week = layoutWeek([w], Date.UTC(2025, 2, 5, 12), 'UTC', 1);
    expect(week.start).toBe(monday);
    expect(week.end).toBe(monday + 7 * 24 * H);
    expect(week.days[2]?.slices).toEqual([{ from: 22 / 24, to: 1 }]);
    expect(week.days[3]?.slices).toEqual([{ from: 0, to: 2 / 24 }]);
    expect(week.days.filter((d) => d.slices.length > 0)).toHaveLength(2);
  });

  it('starts on Sunday when asked, and measures a DST day as 23 hours', () => {
    // Berlin springs forward on Sunday 2025-03-30; 01:00 UTC is 03:00 CEST.
    const week = layoutWeek([], Date.UTC(2025, 2, 31, 12), 'Europe/Berlin', 7);
    const sunday = week.days[0]!;
    expect(sunday.start).toBe(Date.UTC(2025, 2, 29, 23)); // midnight CET
    expect(sunday.end - sunday.start).toBe(23 * H);
  });
});

describe('describeWindow', () => {
  it.each([
    [Date.UTC(2025, 2, 3, 9), Date.UTC(2025, 2, 3, 11), 'Mon 09:00–11:00'],
    [Date.UTC(2025, 2, 3, 22), Date.UTC(2025, 2, 4, 2), 'Mon 22:00–Tue 02:00'],
    [Date.UTC(2025, 2, 3, 22), Date.UTC(2025, 2, 4, 0), 'Mon 22:00–24:00'],
  ])('%i–%i reads %s', (start, end, text) => {
    expect(describeWindow({ start, end }, 'UTC', 'en-GB')).toBe(text);
  });
});

describe('originFromInput', () => {
  it.each([
    [
      'https://chat.example.org/channels/town',
      { ok: true, origin: 'https://chat.example.org', host: 'chat.example.org' },
    ],
    ['chat.example.org', { ok: true, origin: 'https://chat.example.org', host: 'chat.example.org' }],
    ['http://localhost:8065', { ok: true, origin: 'http://localhost:8065', host: 'localhost:8065' }],
    ['  ', { ok: false, reason: 'empty' }],
    ['ftp://files.example.org', { ok: false, reason: 'scheme' }],
    ['https://', { ok: false, reason: 'invalid' }],
  ])('%s', (text, expected) => {
    expect(originFromInput(text)).toEqual(expected);
  });
});
