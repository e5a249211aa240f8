/** Which week the page shows: the ?week=yyyy-MM-dd parameter, the person's zone and first weekday. */
import { DateTime } from 'luxon';
import { weekStart, zoned } from '@/utils/week';

/** The system zone; UTC when the browser names none that Intl accepts. */
export function systemZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The week start named by `?week=yyyy-MM-dd` (any day of it), else the week containing now. */
export function weekFromSearch(search: string, zone: string, firstDay: 1 | 7, now: number): number {
  const param = new URLSearchParams(search).get('week');
  if (param && /^\d{4}-\d{2}-\d{2}$/.test(param)) {
    const day = DateTime.fromISO(param, { zone });
    if (day.isValid) return weekStart(day.toMillis(), zone, firstDay);
  }
  return weekStart(now, zone, firstDay);
}

/** The yyyy-MM-dd of a week start, for the URL and file names. */
export function weekParam(start: number, zone: string): string {
  return zoned(start, zone).toFormat('yyyy-MM-dd');
}

/** The start of the week `weeks` away; calendar arithmetic, so a DST week is still 7 local days. */
export function shiftWeek(start: number, weeks: number, zone: string, firstDay: 1 | 7): number {
  return weekStart(zoned(start, zone).plus({ weeks }).toMillis(), zone, firstDay);
}
