/**
 * focusWindows across daylight-saving changes. Expectations are written by hand from each zone's
 * known UTC offsets (tzdata, checked against Intl once when the table was made), never from luxon.
 */
import { describe, expect, it } from 'vitest';
import type { ScheduleFile, Weekday } from '@/utils/model';
import { focusWindows } from '@/utils/schedule';

const H = 3_600_000;
/** The instant of wall time y-mo-d h:mi at a UTC offset of `off` minutes. */
const at = (y: number, mo: number, d: number, h: number, mi: number, off: number) =>
  Date.UTC(y, mo - 1, d, h, mi) - off * 60_000;

const file = (day: Weekday, start: string, end: string, zone: string): ScheduleFile => ({
  format: 'heads-down-schedule',
  version: 1,
  rules: [{ days: [day], start, end, zone }],
});

interface Case {
  name: string;
  zone: string;
  day: Weekday;
  start: string;
  end: string;
  /** A day inside which the window starts, as [y, mo, d] (UTC midnight ± 1 day is the range). */
  date: [number, number, number];
  expected: Array<[number, number]>;
}

const EST = -300;
const EDT = -240;
const CASES: Case[] = [
  // America/New_York: 2025-03-09 02:00 EST → 03:00 EDT; 2025-11-02 02:00 EDT → 01:00 EST.
  {
    name: 'NY start in spring gap',
    zone: 'America/New_York',
    day: 'sun',
    start: '02:30',
    end: '04:00',
    date: [2025, 3, 9],
    expected: [[at(2025, 3, 9, 3, 30, EDT), at(2025, 3, 9, 4, 0, EDT)]],
  },
  {
    name: 'NY 00:00–04:00 on spring night is 3 h',
    zone: 'America/New_York',
    day: 'sun',
    start: '00:00',
    end: '04:00',
    date: [2025, 3, 9],
    expected: [[at(2025, 3, 9, 0, 0, EST), at(2025, 3, 9, 4, 0, EDT)]],
  },
  {
    name: 'NY end in spring gap',
    zone: 'America/New_York',
    day: 'sat',
    start: '22:00',
    end: '02:30',
    date: [2025, 3, 9],
    expected: [[at(2025, 3, 8, 22, 0, EST), at(2025, 3, 9, 3, 30, EDT)]],
  },
  {
    name: 'NY start ambiguous → first (EDT)',
    zone: 'America/New_York',
    day: 'sun',
    start: '01:30',
    end: '03:00',
    date: [2025, 11, 2],
    expected: [[at(2025, 11, 2, 1, 30, EDT), at(2025, 11, 2, 3, 0, EST)]],
  },
  {
    name: 'NY 00:00–04:00 on fall night is 5 h',
    zone: 'America/New_York',
    day: 'sun',
    start: '00:00',
    end: '04:00',
    date: [2025, 11, 2],
    expected: [[at(2025, 11, 2, 0, 0, EDT), at(2025, 11, 2, 4, 0, EST)]],
  },
  {
    name: 'NY end ambiguous → first',
    zone: 'America/New_York',
    day: 'sat',
    start: '23:00',
    end: '01:30',
    date: [2025, 11, 2],
    expected: [[at(2025, 11, 1, 23, 0, EDT), at(2025, 11, 2, 1, 30, EDT)]],
  },
  {
    name: 'NY Monday after spring change keeps 09:00',
    zone: 'America/New_York',
    day: 'mon',
    start: '09:00',
    end: '11:00',
    date: [2025, 3, 10],
    expected: [[at(2025, 3, 10, 9, 0, EDT), at(2025, 3, 10, 11, 0, EDT)]],
  },
  {
    name: 'NY Monday before spring change',
    zone: 'America/New_York',
    day: 'mon',
    start: '09:00',
    end: '11:00',
    date: [2025, 3, 3],
    expected: [[at(2025, 3, 3, 9, 0, EST), at(2025, 3, 3, 11, 0, EST)]],
  },
  // Europe/London: 2025-03-30 01:00 GMT → 02:00 BST; 2025-10-26 02:00 BST → 01:00 GMT.
  {
    name: 'London start in gap',
    zone: 'Europe/London',
    day: 'sun',
    start: '01:30',
    end: '03:00',
    date: [2025, 3, 30],
    expected: [[at(2025, 3, 30, 2, 30, 60), at(2025, 3, 30, 3, 0, 60)]],
  },
  {
    name: 'London block entirely in gap shifts whole',
    zone: 'Europe/London',
    day: 'sun',
    start: '01:15',
    end: '01:45',
    date: [2025, 3, 30],
    expected: [[at(2025, 3, 30, 2, 15, 60), at(2025, 3, 30, 2, 45, 60)]],
  },
  {
    name: 'London start shifted past its end is empty',
    zone: 'Europe/London',
    day: 'sun',
    start: '01:30',
    end: '02:15',
    date: [2025, 3, 30],
    expected: [],
  },
  {
    name: 'London ambiguous → BST',
    zone: 'Europe/London',
    day: 'sun',
    start: '01:30',
    end: '02:30',
    date: [2025, 10, 26],
    expected: [[at(2025, 10, 26, 1, 30, 60), at(2025, 10, 26, 2, 30, 0)]],
  },
  // Europe/Berlin: 2025-03-30 02:00 CET → 03:00 CEST; 2025-10-26 03:00 CEST → 02:00 CET.
  {
    name: 'Berlin start in gap',
    zone: 'Europe/Berlin',
    day: 'sun',
    start: '02:30',
    end: '05:00',
    date: [2025, 3, 30],
    expected: [[at(2025, 3, 30, 3, 30, 120), at(2025, 3, 30, 5, 0, 120)]],
  },
  {
    name: 'Berlin ambiguous → CEST',
    zone: 'Europe/Berlin',
    day: 'sun',
    start: '02:30',
    end: '04:00',
    date: [2025, 10, 26],
    expected: [[at(2025, 10, 26, 2, 30, 120), at(2025, 10, 26, 4, 0, 60)]],
  },
  {
    name: 'Berlin crossing midnight over the change',
    zone: 'Europe/Berlin',
    day: 'sat',
    start: '23:00',
    end: '07:00',
    date: [2025, 3, 30],
    expected: [[at(2025, 3, 29, 23, 0, 60), at(2025, 3, 30, 7, 0, 120)]],
  },
  // Australia/Lord_Howe: +10:30 / +11:00. 2025-04-06 02:00 → 01:30; 2025-10-05 02:00 → 02:30.
  {
    name: 'Lord Howe ambiguous 01:45 → +11',
    zone: 'Australia/Lord_Howe',
    day: 'sun',
    start: '01:45',
    end: '03:00',
    date: [2025, 4, 6],
    expected: [[at(2025, 4, 6, 1, 45, 660), at(2025, 4, 6, 3, 0, 630)]],
  },
  {
    name: 'Lord Howe 02:15 in 30-min gap → 02:45',
    zone: 'Australia/Lord_Howe',
    day: 'sun',
    start: '02:15',
    end: '04:00',
    date: [2025, 10, 5],
    expected: [[at(2025, 10, 5, 2, 45, 660), at(2025, 10, 5, 4, 0, 660)]],
  },
  {
    name: 'Lord Howe 00:00–04:00 on spring night is 3.5 h',
    zone: 'Australia/Lord_Howe',
    day: 'sun',
    start: '00:00',
    end: '04:00',
    date: [2025, 10, 5],
    expected: [[at(2025, 10, 5, 0, 0, 630), at(2025, 10, 5, 4, 0, 660)]],
  },
  // Pacific/Chatham: +12:45 / +13:45. 2025-04-06 03:45 → 02:45; 2025-09-28 02:45 → 03:45.
  {
    name: 'Chatham ambiguous 03:00 → +13:45',
    zone: 'Pacific/Chatham',
    day: 'sun',
    start: '03:00',
    end: '05:00',
    date: [2025, 4, 6],
    expected: [[at(2025, 4, 6, 3, 0, 825), at(2025, 4, 6, 5, 0, 765)]],
  },
  {
    name: 'Chatham 03:00 in gap → 04:00',
    zone: 'Pacific/Chatham',
    day: 'sun',
    start: '03:00',
    end: '05:00',
    date: [2025, 9, 28],
    expected: [[at(2025, 9, 28, 4, 0, 825), at(2025, 9, 28, 5, 0, 825)]],
  },
  {
    name: 'Chatham ordinary Monday',
    zone: 'Pacific/Chatham',
    day: 'mon',
    start: '09:00',
    end: '10:00',
    date: [2025, 6, 2],
    expected: [[at(2025, 6, 2, 9, 0, 765), at(2025, 6, 2, 10, 0, 765)]],
  },
  // No DST.
  {
    name: 'Kathmandu +5:45',
    zone: 'Asia/Kathmandu',
    day: 'mon',
    start: '09:00',
    end: '10:00',
    date: [2025, 6, 2],
    expected: [[at(2025, 6, 2, 9, 0, 345), at(2025, 6, 2, 10, 0, 345)]],
  },
  {
    name: 'Kolkata +5:30 crossing midnight',
    zone: 'Asia/Kolkata',
    day: 'mon',
    start: '23:00',
    end: '01:00',
    date: [2025, 6, 2],
    expected: [[at(2025, 6, 2, 23, 0, 330), at(2025, 6, 3, 1, 0, 330)]],
  },
  {
    name: 'UTC',
    zone: 'UTC',
    day: 'sun',
    start: '01:30',
    end: '02:30',
    date: [2025, 3, 30],
    expected: [[at(2025, 3, 30, 1, 30, 0), at(2025, 3, 30, 2, 30, 0)]],
  },
  // America/Sao_Paulo: DST until 2019. 2018-02-18 00:00 (-2) → 02-17 23:00 (-3); 2018-11-04 00:00 (-3) → 01:00 (-2).
  {
    name: 'São Paulo 2018 ambiguous → -2',
    zone: 'America/Sao_Paulo',
    day: 'sat',
    start: '23:30',
    end: '23:45',
    date: [2018, 2, 17],
    expected: [[at(2018, 2, 17, 23, 30, -120), at(2018, 2, 17, 23, 45, -120)]],
  },
  {
    name: 'São Paulo 2018 gap 00:30 → 01:30',
    zone: 'America/Sao_Paulo',
    day: 'sun',
    start: '00:30',
    end: '02:00',
    date: [2018, 11, 4],
    expected: [[at(2018, 11, 4, 1, 30, -120), at(2018, 11, 4, 2, 0, -120)]],
  },
  {
    name: 'São Paulo 2025 no DST',
    zone: 'America/Sao_Paulo',
    day: 'sun',
    start: '00:30',
    end: '02:00',
    date: [2025, 11, 2],
    expected: [[at(2025, 11, 2, 0, 30, -180), at(2025, 11, 2, 2, 0, -180)]],
  },
];

describe('focusWindows across DST', () => {
  it.each(CASES)('$name', ({ zone, day, start, end, date, expected }) => {
    const [y, mo, d] = date;
    const from = Date.UTC(y, mo - 1, d) - 30 * H;
    const to = Date.UTC(y, mo - 1, d) + 54 * H;
    const got = focusWindows(file(day, start, end, zone), from, to, 'UTC');
    expect(got).toEqual(expected.map(([s, e]) => ({ start: s, end: e })));
  });

  it('a 09:00 rule starts at 09:00 local every day across both NY changes', () => {
    const days: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const f: ScheduleFile = {
      format: 'heads-down-schedule',
      version: 1,
      rules: [{ days, start: '09:00', end: '10:00', zone: 'America/New_York' }],
    };
    const from = Date.UTC(2025, 2, 1);
    const to = Date.UTC(2025, 10, 30);
    const got = focusWindows(f, from, to, 'UTC');
    expect(got).toHaveLength(274); // 1 March → 29 November 2025 inclusive
    for (const w of got) {
      const dateUtc = new Date(w.start);
      const y = dateUtc.getUTCFullYear();
      const mo = dateUtc.getUTCMonth() + 1;
      const d = dateUtc.getUTCDate();
      // EDT from 9 March to 1 November inclusive (at 09:00 local), EST otherwise.
      const md = mo * 100 + d;
      const off = md >= 309 && md <= 1101 ? EDT : EST;
      expect(w).toEqual({ start: at(y, mo, d, 9, 0, off), end: at(y, mo, d, 10, 0, off) });
    }
  });
});
