/** Working hours in a few words ("Mon–Fri 09:00–17:00"), for the popup's first-run question. Pure. */
import type { ScheduleRule, Weekday } from '@/utils/model';

const ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 2024-01-01 was a Monday: day i of ORDER is January i + 1. */
const weekdayName = (i: number, locale?: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i));

/** "Mon–Fri", "Mon, Wed, Fri": runs of three or more days as a range. */
export function daysText(days: readonly Weekday[], locale?: string): string {
  const idx = ORDER.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const parts: string[] = [];
  for (let k = 0; k < idx.length; ) {
    let end = k;
    while (end + 1 < idx.length && idx[end + 1] === idx[end]! + 1) end++;
    if (end - k >= 2) parts.push(`${weekdayName(idx[k]!, locale)}–${weekdayName(idx[end]!, locale)}`);
    else for (let j = k; j <= end; j++) parts.push(weekdayName(idx[j]!, locale));
    k = end + 1;
  }
  return parts.join(', ');
}

export function workHoursText(rules: readonly ScheduleRule[], locale?: string): string {
  return rules.map((r) => `${daysText(r.days, locale)} ${r.start}–${r.end}`).join('; ');
}
