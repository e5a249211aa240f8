/**
 * The weekly report's figures in the person's zone (utils/zone-time.ts: luxon's arithmetic with Intl
 * alone, so the report page loads no luxon). Pure; the clock is an argument.
 * Every figure at work and in focus comes from figuresAtWork (utils/workday-inputs.ts), the one
 * definition the popup uses too; this module only cuts the week into local days.
 */
import { MIN_RATE_BREAKS, MIN_RATE_MINUTES } from './baseline';
import type { ReportEvent } from './day-rollups';
import type { AwaySpan } from './db';
import type { FocusBlock, ScheduleRule } from './model';
import type { Span, StretchFigures, WorkdayFigures } from './workday';
import { figuresAtWork, figuresOverWork, focusSpans, workSpans } from './workday-inputs';
import { isoDate, localTime, offsetIn, plusDaysStartOfDay, startOfDay } from './zone-time';

// Every function below takes an IANA zone; an unknown zone reads as UTC, so no figure ever becomes NaN.

/** Epoch ms of the local midnight starting the week containing `at` (firstDay: 1 Monday, 7 Sunday). */
export function weekStart(at: number, zone: string, firstDay: 1 | 7): number {
  const day = startOfDay(at, zone);
  const back = (localTime(day, zone).weekday - firstDay + 7) % 7;
  // Calendar subtraction keeps the wall clock, then the day's start again: midnight may not exist on a DST day.
  return back === 0 ? day : plusDaysStartOfDay(day, -back, zone);
}

/** The local midnight starting the day of `at`. */
export function dayStart(at: number, zone: string): number {
  return startOfDay(at, zone);
}

/** The `count` days from `start`, bounded by local midnights: DST days come out 23 or 25 hours long. */
export function localDays(start: number, zone: string, count = 7): Array<{ start: number; end: number }> {
  const first = startOfDay(start, zone);
  const bounds = Array.from({ length: count + 1 }, (_, i) => (i === 0 ? first : plusDaysStartOfDay(first, i, zone)));
  return bounds.slice(0, count).map((start, i) => ({ start, end: bounds[i + 1]! }));
}

/** A mean stretch that is worth saying: enough time and enough breaks behind it. */
export function hasRate(
  minutes: number,
  figures: StretchFigures,
): figures is StretchFigures & {
  meanStretchMinutes: number;
} {
  return (
    minutes >= MIN_RATE_MINUTES &&
    figures.reached + figures.peeks >= MIN_RATE_BREAKS &&
    figures.meanStretchMinutes !== null
  );
}

/** What the week is built from: the records reaching into it, the working hours, and where history starts. */
export interface WeekInput {
  /** The records themselves, or their rollups' events (utils/day-rollups.ts): the figures read only these fields. */
  interruptions: readonly ReportEvent[];
  blocks: readonly FocusBlock[];
  away: readonly AwaySpan[];
  workHours: ScheduleRule[];
  /** The oldest record's time (null: no record at all). Days before its local day have no figures. */
  firstDataAt: number | null;
}

export interface DayFigures {
  /** yyyy-MM-dd, local. */
  date: string;
  start: number;
  end: number;
  /** 'future': not begun yet; 'before': before the history starts; both are left blank. */
  state: 'shown' | 'future' | 'before';
  /** Figures at work for the day (to now on today); null when the day is blank. */
  work: WorkdayFigures | null;
}

export interface AppFigures {
  appId: string;
  held: number;
  reached: number;
  breakthroughs: number;
  peeks: number;
  messages: number;
}

/** One focus block of the week, with what happened while it guarded. */
export interface BlockRow {
  id: string;
  start: number;
  /** Where it stopped guarding (its real end, or now while it runs). */
  end: number;
  running: boolean;
  strict: boolean;
  origin: FocusBlock['origin'];
  held: number;
  reached: number;
  peeks: number;
}

export interface WeekReport {
  start: number;
  end: number;
  zone: string;
  days: DayFigures[];
  /** The week at work, over its shown days; null when no day is shown. */
  total: WorkdayFigures | null;
  /** Nothing recorded in the week: no interruption, no block, no away time. */
  empty: boolean;
  /** Sorted by held + reached + peeks, most first; ties by app id. */
  perApp: AppFigures[];
  /** [dayIndex][local hour] arrivals, peeks excluded (they are the person's own doing). */
  heatmap: number[][];
  /** Blocks that guarded in the week, by start. */
  blocks: BlockRow[];
}

function perApp(records: readonly ReportEvent[]): AppFigures[] {
  const map = new Map<string, AppFigures>();
  for (const r of records) {
    let a = map.get(r.appId);
    if (!a) {
      a = { appId: r.appId, held: 0, reached: 0, breakthroughs: 0, peeks: 0, messages: 0 };
      map.set(r.appId, a);
    }
    if (r.kind === 'held') a.held++;
    else if (r.kind === 'peek') a.peeks++;
    else a.reached++;
    if (r.kind === 'breakthrough') a.breakthroughs++;
    if (r.kind !== 'peek' && Number.isFinite(r.messages)) a.messages += r.messages;
  }
  const total = (a: AppFigures) => a.held + a.reached + a.peeks;
  return [...map.values()].sort((a, b) => total(b) - total(a) || (a.appId < b.appId ? -1 : 1));
}

function blockRows(input: WeekInput, start: number, end: number, now: number): BlockRow[] {
  return input.blocks
    .map((b, i) => ({ b, span: focusSpans([b], now)[0] ?? { start: b.start, end: b.start }, i }))
    .filter(({ span }) => span.start < end && span.end > start && span.start <= now)
    .sort((x, y) => x.span.start - y.span.start || x.i - y.i)
    .map(({ b, span }) => {
      const inside = input.interruptions.filter((r) => r.at >= span.start && r.at < span.end);
      const count = (pred: (r: ReportEvent) => boolean) => inside.filter(pred).length;
      return {
        id: b.id,
        start: b.start,
        end: Math.max(span.start, span.end),
        // Not settled yet, as the background sees it (entrypoints/background/settings-handlers.ts deleteBlock).
        running: b.endedAt === null,
        strict: b.strict,
        origin: b.origin,
        held: count((r) => r.kind === 'held'),
        reached: count((r) => r.kind === 'delivered' || r.kind === 'breakthrough'),
        peeks: count((r) => r.kind === 'peek'),
      };
    });
}

const HOUR_MS = 3_600_000;

/**
 * True when the day keeps one UTC offset throughout (24 hours, the same offset at both ends; tzdata
 * has no zone that changes and changes back within a day): then an instant's local hour is its
 * distance from midnight in hours, with no zone lookup per arrival.
 */
function steadyDay(day: { start: number; end: number }, zone: string): boolean {
  return day.end - day.start === 24 * HOUR_MS && offsetIn(day.start, zone) === offsetIn(day.end - 1, zone);
}

/** Local midnight of the first day with history, or null. */
function historyStart(input: WeekInput, zone: string): number | null {
  return input.firstDataAt === null ? null : dayStart(input.firstDataAt, zone);
}

/** The week's figures at work only (the trend and last week's comparison need no more). */
export function weekTotal(input: WeekInput, weekStartMs: number, zone: string, now: number): WorkdayFigures | null {
  const days = localDays(weekStartMs, zone);
  return totalOf(input, weekStartMs, days[6]?.end ?? weekStartMs, zone, now, null);
}

/** weekTotal of the week [start, end), with its working hours when buildWeek already expanded them. */
function totalOf(
  input: WeekInput,
  start: number,
  end: number,
  zone: string,
  now: number,
  work: Span[] | null,
): WorkdayFigures | null {
  const first = historyStart(input, zone);
  const from = Math.max(start, first ?? end);
  if (!(from < end) || from > now) return null;
  return work
    ? figuresOverWork(input, work, from, end, now)
    : figuresAtWork(input, input.workHours, from, end, zone, now);
}

/** All figures of the week starting at `weekStartMs` (a local midnight from weekStart). */
export function buildWeek(input: WeekInput, weekStartMs: number, zone: string, now: number): WeekReport {
  const bounds = localDays(weekStartMs, zone);
  const start = bounds[0]?.start ?? weekStartMs;
  const end = bounds[6]?.end ?? weekStartMs;
  const first = historyStart(input, zone);
  // The working hours expanded once for the whole week, for every day and the total (figuresOverWork).
  const work = workSpans(input.workHours, start, end, zone);
  const days: DayFigures[] = bounds.map((day) => {
    const state = day.start > now ? 'future' : first === null || day.end <= first ? 'before' : 'shown';
    return {
      date: isoDate(day.start, zone),
      start: day.start,
      end: day.end,
      state,
      work: state === 'shown' ? figuresOverWork(input, work, day.start, day.end, now) : null,
    };
  });
  const inWeek = input.interruptions.filter((r) => r.at >= start && r.at < end && r.at <= now);
  const heatmap = days.map(() => new Array<number>(24).fill(0));
  const steady = days.map((day) => steadyDay(day, zone));
  for (const r of inWeek) {
    if (r.kind === 'peek') continue;
    const index = days.findIndex((day) => r.at >= day.start && r.at < day.end);
    const row = heatmap[index];
    const day = days[index];
    const hour = day && steady[index] ? Math.floor((r.at - day.start) / HOUR_MS) : localTime(r.at, zone).hour;
    if (row) row[hour] = (row[hour] ?? 0) + 1;
  }
  const blocks = blockRows(input, start, end, now);
  const awayInWeek = input.away.some((a) => a.start < end && a.end > start);
  return {
    start,
    end,
    zone,
    days,
    total: totalOf(input, weekStartMs, end, zone, now, work),
    empty: inWeek.length === 0 && blocks.length === 0 && !awayInWeek,
    perApp: perApp(inWeek),
    heatmap,
    blocks,
  };
}
