/**
 * Quiet windows to suggest as focus rules (issue 15, Build item 6). Pure; the clock is an argument.
 *
 * A candidate is a two-hour window on the hour, on one weekday, that lies inside working hours on
 * every one of its dates in the data and never overlaps a rule of the schedule. Its rate is the
 * arrivals that would have needed holding (held + reached, not peeks) per hour of present time
 * (working time minus away), over every date of that weekday. A window "holds" on a weekday when
 * its rate is at most half the person's own rate at work; a start hour is offered as one rule for
 * all the weekdays where it holds (e.g. Tue+Thu 14:00–16:00), ranked by the rate over those days.
 * Under two weeks of data there is no suggestion, and the answer says why.
 */
import type { AwaySpan } from './db';
import type { Interruption, ScheduleRule, Weekday } from './model';
import { dayStart, localDays } from './week';
import { intersect, presentTime, type Span, totalMs, unionOf } from './workday';
import { workSpans } from './workday-inputs';
import { zoned } from './zoned';

export const MIN_DAYS_OF_DATA = 14;
/** How far back the evidence goes. */
export const LOOKBACK_WEEKS = 8;
/** A window holds when its rate is at most this share of the person's own rate at work. */
export const QUIET_SHARE = 0.5;
export const WINDOW_HOURS = 2;

const HOUR = 3_600_000;
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface SuggestionInput {
  /** Interruptions over (at least) the lookback; peeks are ignored. */
  interruptions: ReadonlyArray<Pick<Interruption, 'at' | 'kind'>>;
  away: readonly AwaySpan[];
  workHours: ScheduleRule[];
  /** The focus schedule's rules: a suggestion never overlaps them. */
  schedule: ScheduleRule[];
  /** The oldest record's time; null when there is none. */
  firstDataAt: number | null;
  zone: string;
  now: number;
}

export interface SuggestedRule {
  rule: ScheduleRule;
  /** ISO weekdays (1 Monday … 7 Sunday) of the rule, ascending. */
  weekdays: number[];
  startHour: number;
  /** Arrivals per hour of present time in these windows. */
  perHour: number;
  arrivals: number;
  presentHours: number;
  /** The person's own rate at work over the same data, for comparison. */
  usualPerHour: number;
  /** Whole weeks of data behind it. */
  weeks: number;
}

export type SuggestionResult =
  | { ok: true; suggestions: SuggestedRule[]; days: number }
  | { ok: false; reason: 'tooLittleData' | 'noneQuieter'; days: number };

interface Tally {
  arrivals: number;
  presentMs: number;
  /** Dates with present time, by week index: evidence must span two weeks at least. */
  weeks: Set<number>;
  valid: boolean;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The arrivals (held and reached) inside `time`, a sorted disjoint list; `ats` sorted ascending. */
function countIn(time: readonly Span[], ats: readonly number[]): number {
  let n = 0;
  let i = 0;
  for (const s of time) {
    while (i < ats.length && ats[i]! < s.start) i++;
    while (i < ats.length && ats[i]! < s.end) {
      n++;
      i++;
    }
  }
  return n;
}

/** The suggested rules, best first, or why there are none. */
export function suggestQuietRules(input: SuggestionInput, count = 3): SuggestionResult {
  const { zone, now } = input;
  const to = dayStart(now, zone); // whole days only: today is not over
  const lookback = zoned(to, zone).minus({ weeks: LOOKBACK_WEEKS }).toMillis();
  const from = input.firstDataAt === null ? to : Math.max(lookback, dayStart(input.firstDataAt, zone));
  const dayCount = from < to ? Math.round((to - from) / (24 * HOUR)) : 0;
  if (dayCount < MIN_DAYS_OF_DATA) return { ok: false, reason: 'tooLittleData', days: dayCount };

  const days = localDays(from, zone, dayCount);
  const work = unionOf(workSpans(input.workHours, from, to, zone));
  const focus = unionOf(workSpans(input.schedule, from, to, zone));
  const away = unionOf([...input.away]);
  const ats = input.interruptions
    .filter((r) => r.kind !== 'peek' && r.at >= from && r.at < to)
    .map((r) => r.at)
    .sort((a, b) => a - b);

  const present = presentTime({ fromMs: from, toMs: to, work, away });
  const presentMs = totalMs(present);
  if (!(presentMs > 0)) return { ok: false, reason: 'noneQuieter', days: dayCount };
  const usualPerHour = countIn(present, ats) / (presentMs / HOUR);

  const tallies = new Map<string, Tally>();
  for (const [i, day] of days.entries()) {
    const date = zoned(day.start, zone);
    const awayToday = away.filter((a) => a.start < day.end && a.end > day.start);
    for (let h = 0; h + WINDOW_HOURS <= 24; h++) {
      const window: Span = {
        start: date.set({ hour: h }).toMillis(),
        end: date.set({ hour: h }).plus({ hours: WINDOW_HOURS }).toMillis(),
      };
      const key = `${date.weekday}-${h}`;
      const tally = tallies.get(key) ?? { arrivals: 0, presentMs: 0, weeks: new Set<number>(), valid: true };
      tallies.set(key, tally);
      if (!tally.valid) continue;
      const inWork = totalMs(intersect([window], work)) === window.end - window.start;
      const inFocus = intersect([window], focus).length > 0;
      if (!inWork || inFocus) {
        tally.valid = false;
        continue;
      }
      const time = presentTime({ fromMs: window.start, toMs: window.end, work: [window], away: awayToday });
      const ms = totalMs(time);
      if (ms > 0) tally.weeks.add(Math.floor(i / 7));
      tally.presentMs += ms;
      tally.arrivals += countIn(time, ats);
    }
  }

  // Per start hour: the weekdays where the window holds, as one rule.
  const rules: SuggestedRule[] = [];
  for (let h = 0; h + WINDOW_HOURS <= 24; h++) {
    const holding: Array<{ weekday: number; tally: Tally }> = [];
    for (let weekday = 1; weekday <= 7; weekday++) {
      const tally = tallies.get(`${weekday}-${h}`);
      if (!tally?.valid || tally.weeks.size < 2 || !(tally.presentMs > 0)) continue;
      if (tally.arrivals / (tally.presentMs / HOUR) <= usualPerHour * QUIET_SHARE) holding.push({ weekday, tally });
    }
    if (holding.length === 0) continue;
    const arrivals = holding.reduce((n, d) => n + d.tally.arrivals, 0);
    const ms = holding.reduce((n, d) => n + d.tally.presentMs, 0);
    const weekdays = holding.map((d) => d.weekday);
    rules.push({
      rule: {
        days: weekdays.map((w) => WEEKDAYS[w - 1] ?? 'mon'),
        start: hh(h),
        end: hh(h + WINDOW_HOURS),
        zone: 'local',
      },
      weekdays,
      startHour: h,
      perHour: arrivals / (ms / HOUR),
      arrivals,
      presentHours: ms / HOUR,
      usualPerHour,
      weeks: Math.floor(dayCount / 7),
    });
  }
  rules.sort((a, b) => a.perHour - b.perHour || b.weekdays.length - a.weekdays.length || a.startHour - b.startHour);
  const chosen: SuggestedRule[] = [];
  for (const r of rules) {
    if (chosen.length >= count) break;
    const clash = chosen.some(
      (c) => Math.abs(c.startHour - r.startHour) < WINDOW_HOURS && c.weekdays.some((w) => r.weekdays.includes(w)),
    );
    if (!clash) chosen.push(r);
  }
  return chosen.length > 0
    ? { ok: true, suggestions: chosen, days: dayCount }
    : { ok: false, reason: 'noneQuieter', days: dayCount };
}
