/**
 * This week's focus windows laid out per day in the person's zone, for the schedule preview, and the
 * words the options page shows for days and times. Pure. Intl and utils/zone-time.ts, not luxon: the
 * options page shows no more than weekday names, day numbers and times (issue 12: pages load nothing
 * they do not show), and tests/options/week-preview-luxon.test.ts holds these equal to luxon's output.
 */

import { weekStart } from '@/utils/week';
import { isoDate, plusDaysStartOfDay, startOfDay } from '@/utils/zone-time';

export interface Window {
  start: number;
  end: number;
}

/** One window's part of one day, as fractions of that day (DST days are 23 or 25 hours long). */
export interface DaySlice {
  from: number;
  to: number;
}

export interface WeekLayout {
  start: number;
  end: number;
  /** Seven days in display order, each bounded by local midnights. */
  days: Array<{ start: number; end: number; slices: DaySlice[] }>;
}

/** The week containing `nowMs` in `zone`, with each window cut into its per-day slices. */
export function layoutWeek(windows: readonly Window[], nowMs: number, zone: string, firstDay: 1 | 7): WeekLayout {
  const start = weekStart(nowMs, zone, firstDay);
  const days = Array.from({ length: 7 }, (_, i) => {
    const dayStart = plusDaysStartOfDay(start, i, zone);
    const dayEnd = plusDaysStartOfDay(start, i + 1, zone);
    const length = dayEnd - dayStart;
    const slices = windows
      .filter((w) => w.end > dayStart && w.start < dayEnd)
      .map((w) => ({
        from: (Math.max(w.start, dayStart) - dayStart) / length,
        to: (Math.min(w.end, dayEnd) - dayStart) / length,
      }));
    return { start: dayStart, end: dayEnd, slices };
  });
  return { start, end: days[6]?.end ?? start, days };
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const made = <T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T => {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
};

/** The weekday of `ms` in `zone`, standalone ("Mon", "Monday"; luxon `ccc`, `cccc`). */
export function weekdayName(ms: number, zone: string, locale: string, length: 'short' | 'long'): string {
  const format = made(`weekday ${locale} ${zone} ${length}`, () =>
    Intl.DateTimeFormat(locale, { weekday: length, timeZone: zone }),
  );
  return format.format(ms);
}

/** The day of the month of `ms` in `zone`, in the locale's digits (luxon `d`). */
export function dayOfMonth(ms: number, zone: string, locale: string): string {
  const format = made(`day ${locale}`, () => Intl.NumberFormat(locale, { useGrouping: false }));
  return format.format(Number(isoDate(ms, zone).slice(-2)));
}

/** The locale's short time of `ms` in `zone`, 24- or 12-hour as the locale says (luxon `t`). */
export function shortTime(ms: number, zone: string, locale: string): string {
  const format = made(`time ${locale} ${zone}`, () =>
    Intl.DateTimeFormat(locale, { hour: 'numeric', minute: 'numeric', timeZone: zone }),
  );
  return format.format(ms);
}

/** The local midnight starting today in `zone`. */
export function todayStart(nowMs: number, zone: string): number {
  return startOfDay(nowMs, zone);
}

/** "Mon 09:00–11:00", or "Mon 22:00–Tue 02:00" when the window ends on another day. */
export function describeWindow(w: Window, zone: string, locale: string): string {
  const time = (ms: number) => shortTime(ms, zone, locale);
  const from = `${weekdayName(w.start, zone, locale, 'short')} ${time(w.start)}`;
  if (isoDate(w.end, zone) === isoDate(w.start, zone)) return `${from}–${time(w.end)}`;
  // A window ending exactly at the next midnight reads as the end of its own day (24:00 where the clock has it).
  if (w.end === plusDaysStartOfDay(w.start, 1, zone))
    return `${from}–${time(w.end - 60_000) === '23:59' ? '24:00' : time(w.end)}`;
  return `${from}–${weekdayName(w.end, zone, locale, 'short')} ${time(w.end)}`;
}

/** The zone the browser is in now ("wherever I am"). */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
