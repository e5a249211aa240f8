/** This week's focus windows laid out per day in the person's zone, for the schedule preview. Pure. */
import { DateTime } from 'luxon';
import { weekStart } from '@/utils/week';

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
  const first = DateTime.fromMillis(start, { zone });
  const days = Array.from({ length: 7 }, (_, i) => {
    const dayStart = first.plus({ days: i }).startOf('day').toMillis();
    const dayEnd = first
      .plus({ days: i + 1 })
      .startOf('day')
      .toMillis();
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

/** "Mon 09:00–11:00", or "Mon 22:00–Tue 02:00" when the window ends on another day. */
export function describeWindow(w: Window, zone: string, locale: string): string {
  const s = DateTime.fromMillis(w.start, { zone }).setLocale(locale);
  const e = DateTime.fromMillis(w.end, { zone }).setLocale(locale);
  // 't' is the locale's short time: 24-hour or 12-hour as the locale says.
  const from = `${s.toFormat('ccc')} ${s.toFormat('t')}`;
  if (e.hasSame(s, 'day')) return `${from}–${e.toFormat('t')}`;
  // A window ending exactly at the next midnight reads as the end of its own day (24:00 where the clock has it).
  if (e.equals(s.plus({ days: 1 }).startOf('day')))
    return `${from}–${e.minus({ minutes: 1 }).toFormat('t') === '23:59' ? '24:00' : e.toFormat('t')}`;
  return `${from}–${e.toFormat('ccc')} ${e.toFormat('t')}`;
}

/** The zone the browser is in now ("wherever I am"). */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
