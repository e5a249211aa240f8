/** The weekly report's figures in the person's zone (luxon). Pure; the clock is an argument. */
import { DateTime } from 'luxon';
import { formatDuration, formatRatio } from './format';
import type { Interruption } from './model';
import { BASELINE_MS, clipAndMerge, type Interval, type RangeStats, rangeStats } from './stats';

/** First and last start hour of a two-hour window inside a working day (08:00–18:00). */
export const WORK_FIRST_HOUR = 8;
export const WORK_LAST_START_HOUR = 16;

/** A luxon time in `zone`; an unknown zone falls back to UTC so no figure ever becomes NaN. */
export function zoned(ms: number, zone: string): DateTime {
  const dt = DateTime.fromMillis(ms, { zone });
  return dt.isValid ? dt : DateTime.fromMillis(ms, { zone: 'utc' });
}

/** Epoch ms of the local midnight starting the week containing `at` (firstDay: 1 Monday, 7 Sunday). */
export function weekStart(at: number, zone: string, firstDay: 1 | 7): number {
  const day = zoned(at, zone).startOf('day');
  const back = (day.weekday - firstDay + 7) % 7;
  // Calendar subtraction keeps the wall clock, then startOf again: midnight may not exist on a DST day.
  return day.minus({ days: back }).startOf('day').toMillis();
}

/** The 7 days from `start`, bounded by local midnights: DST days come out 23 or 25 hours long. */
function weekDays(start: number, zone: string): Interval[] {
  const first = zoned(start, zone).startOf('day');
  return Array.from({ length: 7 }, (_, i) => ({
    start: first.plus({ days: i }).startOf('day').toMillis(),
    end: first
      .plus({ days: i + 1 })
      .startOf('day')
      .toMillis(),
  }));
}

/** Adds one to grid[i][j]; indexes come from luxon fields, always in range. */
function bump(grid: number[][], i: number, j: number): void {
  const row = grid[i];
  if (row) row[j] = (row[j] ?? 0) + 1;
}

/** grid[i][j] + grid[i][j + 1]: a two-hour window. */
function twoHours(grid: number[][], i: number, j: number): number {
  return (grid[i]?.[j] ?? 0) + (grid[i]?.[j + 1] ?? 0);
}

export interface DayFigures {
  /** yyyy-MM-dd, local. */
  date: string;
  start: number;
  end: number;
  stats: RangeStats;
}

export interface AppFigures {
  appId: string;
  held: number;
  reached: number;
  breakthroughs: number;
  peeks: number;
  messages: number;
}

export interface WeekReport {
  start: number;
  end: number;
  zone: string;
  days: DayFigures[];
  total: RangeStats;
  /** Sorted by held + reached + peeks, most first; ties by app id. */
  perApp: AppFigures[];
  /** [dayIndex][local hour] arrivals, peeks excluded (they are the person's own doing). */
  heatmap: number[][];
  /** Day index into `days` and start hour of the quietest finished 2-hour working window. */
  quietest: { day: number; hour: number } | null;
  /** Focus blocks in the week so far, overlapping ones merged (as the schedule merges them). */
  blocksCount: number;
}

function perApp(records: Interruption[]): AppFigures[] {
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

function quietest(
  heatmap: number[][],
  days: Interval[],
  zone: string,
  now: number,
): { day: number; hour: number } | null {
  if (heatmap.every((row) => row.every((n) => n === 0))) return null; // nothing to compare
  let best: { day: number; hour: number; n: number } | null = null;
  for (const [d, day] of days.entries()) {
    const midnight = zoned(day.start, zone);
    if (midnight.weekday > 5) continue;
    for (let h = WORK_FIRST_HOUR; h <= WORK_LAST_START_HOUR; h++) {
      // Only windows already over: a future window is trivially empty.
      if (midnight.set({ hour: h + 2 }).toMillis() > now) continue;
      const n = twoHours(heatmap, d, h);
      if (!best || n < best.n) best = { day: d, hour: h, n };
    }
  }
  return best && { day: best.day, hour: best.hour };
}

/** All figures of the week starting at `weekStartMs` (a local midnight from weekStart). */
export function buildWeek(
  interruptions: Interruption[],
  blocks: Interval[],
  weekStartMs: number,
  zone: string,
  now: number,
): WeekReport {
  const bounds = weekDays(weekStartMs, zone);
  const start = bounds[0]?.start ?? weekStartMs;
  const end = bounds[bounds.length - 1]?.end ?? weekStartMs;
  const days: DayFigures[] = bounds.map((day) => ({
    date: zoned(day.start, zone).toFormat('yyyy-MM-dd'),
    start: day.start,
    end: day.end,
    stats: rangeStats(interruptions, blocks, day.start, day.end, now),
  }));
  const inWeek = interruptions.filter((r) => r.at >= start && r.at < end && r.at <= now);
  const heatmap = days.map(() => new Array<number>(24).fill(0));
  for (const r of inWeek) {
    if (r.kind === 'peek') continue;
    bump(
      heatmap,
      days.findIndex((day) => r.at >= day.start && r.at < day.end),
      zoned(r.at, zone).hour,
    );
  }
  return {
    start,
    end,
    zone,
    days,
    total: rangeStats(interruptions, blocks, start, end, now),
    perApp: perApp(inWeek),
    heatmap,
    quietest: quietest(heatmap, bounds, zone, now),
    blocksCount: clipAndMerge(blocks, start, Math.min(end, now)).length,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The week in plain words, e.g. "You focused 9 h 20 min in 7 blocks; 41 interruptions were held and 6 reached you; …". */
export function summarySentence(week: WeekReport, appName: (id: string) => string): string {
  const t = week.total;
  const focusMs = t.focusMinutes * 60_000;
  const arrived = t.held + t.reached;
  if (!(focusMs > 0) && arrived === 0 && t.peeks === 0) {
    return 'Nothing recorded this week yet. Start a focus block to see how often you are interrupted.';
  }
  const parts = [
    focusMs > 0
      ? `You focused ${formatDuration(focusMs)} in ${plural(week.blocksCount, 'block')}`
      : 'You had no focus time',
    `${t.held === 0 ? 'no interruptions were' : `${plural(t.held, 'interruption')} ${t.held === 1 ? 'was' : 'were'}`} held and ${t.reached || 'none'} reached you`,
  ];
  if (t.peeks > 0) parts.push(`you peeked ${times(t.peeks)}`);
  const arrivals = (a: AppFigures) => a.held + a.reached;
  const top = week.perApp.reduce<AppFigures | undefined>(
    (best, a) => (!best || arrivals(a) > arrivals(best) ? a : best),
    undefined,
  );
  if (top && arrived > 1) parts.push(`most came from ${appName(top.appId)}`);
  if (focusMs > 0) {
    const ratio = formatRatio(t.longestStretchMs / BASELINE_MS);
    parts.push(`your longest stretch, ${formatDuration(t.longestStretchMs)}, was ${ratio} the baseline`);
  }
  const quiet = week.quietest && week.days[week.quietest.day];
  if (week.quietest && quiet) {
    const day = zoned(quiet.start, week.zone).setLocale('en').weekdayLong;
    parts.push(`${day} ${hh(week.quietest.hour)}–${hh(week.quietest.hour + 2)} was the quietest`);
  }
  return `${parts.join('; ')}.`;
}

/**
 * The quietest two-hour windows on working days over the four weeks before `nowMs`, by arrivals
 * (held ones too: they are what a block would have to hold). Windows lie inside 08:00–18:00 so the
 * advice is never "work late"; ties go to the earliest; chosen windows never overlap each other.
 */
export function suggestQuietWindows(
  interruptions: Interruption[],
  nowMs: number,
  zone: string,
  count = 3,
): Array<{ weekday: 1 | 2 | 3 | 4 | 5; startHour: number }> {
  const from = zoned(nowMs, zone).minus({ weeks: 4 }).toMillis();
  const grid = Array.from({ length: 8 }, () => new Array<number>(24).fill(0));
  for (const r of interruptions) {
    if (r.kind === 'peek' || !(r.at >= from && r.at < nowMs)) continue;
    const local = zoned(r.at, zone);
    bump(grid, local.weekday, local.hour);
  }
  const windows: Array<{ weekday: 1 | 2 | 3 | 4 | 5; startHour: number; n: number }> = [];
  for (const weekday of [1, 2, 3, 4, 5] as const) {
    for (let h = WORK_FIRST_HOUR; h <= WORK_LAST_START_HOUR; h++) {
      windows.push({ weekday, startHour: h, n: twoHours(grid, weekday, h) });
    }
  }
  windows.sort((a, b) => a.n - b.n || a.weekday - b.weekday || a.startHour - b.startHour);
  const chosen: Array<{ weekday: 1 | 2 | 3 | 4 | 5; startHour: number }> = [];
  for (const w of windows) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => c.weekday === w.weekday && Math.abs(c.startHour - w.startHour) < 2)) continue;
    chosen.push({ weekday: w.weekday, startHour: w.startHour });
  }
  return chosen;
}
