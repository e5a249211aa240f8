/** Which week the page shows: the ?week=yyyy-MM-dd parameter, the person's zone and first weekday. */
import { weekStart } from '@/utils/week';
import { isIanaZone, isoDate, midnightOfDate, plusDays } from '@/utils/zone-time';

/** The system zone; UTC when the browser names none that Intl accepts (checked once per name). */
export function systemZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isIanaZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The week start named by `?week=yyyy-MM-dd` (any day of it), else the week containing now. */
export function weekFromSearch(search: string, zone: string, firstDay: 1 | 7, now: number): number {
  const param = new URLSearchParams(search).get('week');
  if (param && /^\d{4}-\d{2}-\d{2}$/.test(param)) {
    // The offset in force now is the first guess, as luxon's fromISO guessed (utils/zone-time.ts);
    // "now" is the page's clock argument, not a second reading of the system clock.
    const day = midnightOfDate(param, zone, now);
    if (day !== null) return weekStart(day, zone, firstDay);
  }
  return weekStart(now, zone, firstDay);
}

/** The yyyy-MM-dd of a week start, for the URL and file names. */
export function weekParam(start: number, zone: string): string {
  return isoDate(start, zone);
}

/** The start of the week `weeks` away; calendar arithmetic, so a DST week is still 7 local days. */
export function shiftWeek(start: number, weeks: number, zone: string, firstDay: 1 | 7): number {
  return weekStart(plusDays(start, 7 * weeks, zone), zone, firstDay);
}
