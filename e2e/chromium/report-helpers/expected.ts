/**
 * The figures the report should show for a week, by plain arithmetic on the seeded records (no
 * product code, no luxon): days bounded by Berlin midnights (berlin.ts); working time from the
 * test's own working hours; present time = working time minus away; counts are of events in
 * present time; a break is a reached interruption (delivered, breakthrough) or a peek; the mean
 * stretch is present minutes per break; the longest stretch is the longest piece of present time
 * between breaks; focus is the same over present time inside the blocks' union.
 */
import type { FocusBlock, Interruption } from '../../../utils/model';
import { addDays, type DateKey, dateKey, midnight, on, wall, weekday } from './berlin';

type Span = [number, number];

/** Working hours as the test sees them: the spans of one local day. */
export type WorkHours = (date: DateKey) => Span[];

/** The product's default: Monday to Friday, 09:00–17:00 local. */
export const OFFICE_HOURS: WorkHours = (date) => {
  const d = weekday(date);
  return d >= 1 && d <= 5 ? [[on(date, 9), on(date, 17)]] : [];
};

/** Every hour of every day (a rule 00:00–00:00 on all days): present time is the whole day. */
export const ALL_DAY: WorkHours = (date) => [[midnight(date), midnight(addDays(date, 1))]];

export interface Stretch {
  minutes: number;
  reached: number;
  held: number;
  peeks: number;
  /** minutes / breaks; null with no break. */
  mean: number | null;
  /** null with no time. */
  longest: number | null;
}

export interface Figures extends Stretch {
  focus: Stretch;
}

export interface AppRow {
  appId: string;
  held: number;
  reached: number;
  breakthroughs: number;
  peeks: number;
  messages: number;
}

export interface ExpectedWeek {
  dates: DateKey[];
  /** null for a blank day: after `now`, or before the first record's day. */
  days: Array<Figures | null>;
  /** Why a day is blank ('before' days say so in words), null for a shown day. */
  blank: Array<'future' | 'before' | null>;
  total: Figures;
  /** Busiest first (held + reached + peeks), ties by app id. */
  apps: AppRow[];
  /** heat[day][hour]: arrivals, peeks left out. */
  heat: number[][];
}

export interface Records {
  interruptions: Interruption[];
  blocks: FocusBlock[];
  away?: Array<{ start: number; end: number }>;
}

/** Sorted, disjoint spans covering the same time; touching spans join. */
export function union(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function clip(spans: Span[], from: number, to: number): Span[] {
  return union(spans.map(([s, e]): Span => [Math.max(s, from), Math.min(e, to)]));
}

/** Every piece of `a` not covered by `b`, one span of `a` at a time. */
function minus(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of a) {
    let pieces: Span[] = [[s, e]];
    for (const [bs, be] of b) {
      pieces = pieces.flatMap(([ps, pe]): Span[] =>
        be <= ps || bs >= pe
          ? [[ps, pe]]
          : (
              [
                [ps, bs],
                [be, pe],
              ] as Span[]
            ).filter(([x, y]) => y > x),
      );
    }
    out.push(...pieces);
  }
  return union(out);
}

function both(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of a)
    for (const [bs, be] of b) if (Math.min(e, be) > Math.max(s, bs)) out.push([Math.max(s, bs), Math.min(e, be)]);
  return union(out);
}

const isBreak = (r: Interruption) => r.kind !== 'held';

function stretch(time: Span[], records: Interruption[]): Stretch {
  const inside = records.filter((r) => time.some(([s, e]) => r.at >= s && r.at < e));
  let longest = 0;
  for (const [s, e] of time) {
    const cuts = inside
      .filter((r) => isBreak(r) && r.at >= s && r.at < e)
      .map((r) => r.at)
      .sort((x, y) => x - y);
    const edges = [s, ...cuts, e];
    for (let i = 1; i < edges.length; i++) longest = Math.max(longest, edges[i]! - edges[i - 1]!);
  }
  const ms = time.reduce((sum, [s, e]) => sum + (e - s), 0);
  const breaks = inside.filter(isBreak).length;
  return {
    minutes: ms / 60_000,
    reached: inside.filter((r) => r.kind === 'delivered' || r.kind === 'breakthrough').length,
    held: inside.filter((r) => r.kind === 'held').length,
    peeks: inside.filter((r) => r.kind === 'peek').length,
    mean: breaks > 0 ? ms / 60_000 / breaks : null,
    longest: ms > 0 ? longest / 60_000 : null,
  };
}

/** The figures of the local dates `dates`, up to `now`. */
export function figures(rec: Records, hours: WorkHours, dates: DateKey[], now: number): Figures {
  const from = midnight(dates[0]!);
  const to = Math.min(now, midnight(addDays(dates[dates.length - 1]!, 1)));
  const work = clip(dates.flatMap(hours), from, to);
  const present = minus(work, union((rec.away ?? []).map((a): Span => [a.start, a.end])));
  const blocks = union(rec.blocks.map((b): Span => [b.start, Math.min(b.endedAt ?? b.end, now)]));
  return { ...stretch(present, rec.interruptions), focus: stretch(both(present, blocks), rec.interruptions) };
}

/** The local date of the oldest record: the report leaves the days before it blank. */
export function firstDate(rec: Records): DateKey | null {
  const times = [...rec.interruptions.map((r) => r.at), ...rec.blocks.map((b) => b.start)];
  return times.length > 0 ? dateKey(Math.min(...times)) : null;
}

/** The week from `start` at work, from the first day with history on (null when none of it is). */
export function weekFigures(
  rec: Records,
  start: DateKey,
  hours: WorkHours = OFFICE_HOURS,
  now = Date.now(),
): Figures | null {
  const first = firstDate(rec);
  const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i)).filter((d) => first !== null && d >= first);
  return dates.length > 0 && midnight(dates[0]!) <= now ? figures(rec, hours, dates, now) : null;
}

/** Everything the report should show for the 7 days from `start`. */
export function expectedWeek(
  rec: Records,
  start: DateKey,
  hours: WorkHours = OFFICE_HOURS,
  now = Date.now(),
): ExpectedWeek {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const first = firstDate(rec);
  const bounds = dates.map((d) => [midnight(d), midnight(addDays(d, 1))] as const);
  const from = bounds[0]![0];
  const to = bounds[6]![1];
  const inWeek = rec.interruptions.filter((r) => r.at >= from && r.at < to && r.at <= now);
  const apps = new Map<string, AppRow>();
  for (const r of inWeek) {
    const a = apps.get(r.appId) ?? { appId: r.appId, held: 0, reached: 0, breakthroughs: 0, peeks: 0, messages: 0 };
    apps.set(r.appId, a);
    if (r.kind === 'held') a.held++;
    if (r.kind === 'delivered' || r.kind === 'breakthrough') a.reached++;
    if (r.kind === 'breakthrough') a.breakthroughs++;
    if (r.kind === 'peek') a.peeks++;
    else a.messages += r.messages;
  }
  const busy = (a: AppRow) => a.held + a.reached + a.peeks;
  const heat = dates.map(() => new Array<number>(24).fill(0));
  for (const r of inWeek) {
    if (r.kind === 'peek') continue;
    const d = bounds.findIndex(([s, e]) => r.at >= s && r.at < e);
    heat[d]![wall(r.at).h]!++;
  }
  return {
    dates,
    days: dates.map((d, i) =>
      bounds[i]![0] > now || first === null || d < first ? null : figures(rec, hours, [d], now),
    ),
    blank: dates.map((d, i) => (bounds[i]![0] > now ? 'future' : first === null || d < first ? 'before' : null)),
    total: weekFigures(rec, start, hours, now)!,
    apps: [...apps.values()].sort((a, b) => busy(b) - busy(a) || (a.appId < b.appId ? -1 : 1)),
    heat,
  };
}
