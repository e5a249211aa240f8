/**
 * Schedule rules in zone "UTC" built from epoch ms, with their expected windows worked out by plain
 * arithmetic (UTC has no DST), independently of the product's schedule code.
 */
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Day = (typeof WEEKDAYS)[number];

export interface UtcRule {
  days: Day[];
  start: string;
  end: string;
  zone: 'UTC';
}

export interface ScheduleFileShape {
  format: 'heads-down-schedule';
  version: 1;
  rules: UtcRule[];
}

/** "HH:MM" of `ms` in UTC. */
export function utcClock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** The UTC weekday on which `ms` falls, as a rule names it. */
export function utcDay(ms: number): Day {
  return WEEKDAYS[new Date(ms).getUTCDay()]!;
}

/**
 * A rule for the one window [start, start + minutes) (`start` on a whole minute). Its day is the
 * start's UTC day; an end past midnight is written as an early clock time, which the schedule
 * reads as crossing midnight ("23:59"–"00:00" on the start's day).
 */
export function ruleFor(start: number, minutes: number, days: Day[] = [utcDay(start)]): UtcRule {
  if (start % MINUTE !== 0) throw new Error('A rule starts on a whole minute');
  if (minutes <= 0 || minutes >= 24 * 60) throw new Error('A rule lasts between a minute and a day');
  return { days, start: utcClock(start), end: utcClock(start + minutes * MINUTE), zone: 'UTC' };
}

/** The next whole minute after `now`, plus `extra` whole minutes. */
export function wholeMinuteAfter(now: number, extra: number): number {
  return (Math.floor(now / MINUTE) + 1 + extra) * MINUTE;
}

/** A schedule file holding `rules`. */
export function scheduleOf(...rules: UtcRule[]): ScheduleFileShape {
  return { format: 'heads-down-schedule', version: 1, rules };
}

export const EVERY_DAY: Day[] = [...WEEKDAYS];
