/**
 * The working day against the 11-minute baseline: the one definition of the figures that the popup,
 * the report and the exports show. Pure; every interval is half-open [start, end) in epoch ms.
 *
 * Present time = ([fromMs, toMs) ∩ ∪work) minus ∪away. Events count when their `at` lies in present
 * time. A break is a `reached` or `peek` event in present time: what took the person's attention.
 * Held events are counted but break nothing (that is the point of holding them). The mean stretch is
 * present minutes per break; the longest stretch is the longest piece of present time once it is
 * cut at every break. `focus` is the same over present time ∩ ∪focus.
 */

export interface Span {
  start: number;
  end: number;
}

export type WorkdayEventKind = 'reached' | 'held' | 'peek';

export interface WorkdayInput {
  fromMs: number;
  toMs: number;
  /** Working-hours intervals; may overlap, unsorted. */
  work: Span[];
  /** Away intervals (screen locked, idle); may overlap, unsorted. */
  away: Span[];
  /** Focus blocks as they actually guarded. */
  focus: Span[];
  events: Array<{ at: number; kind: WorkdayEventKind }>;
}

export interface StretchFigures {
  reached: number;
  held: number;
  peeks: number;
  /** Minutes per break; null when nothing broke the time. */
  meanStretchMinutes: number | null;
  /** Longest unbroken piece of the time, in minutes; null when there was no such time. */
  longestStretchMinutes: number | null;
}

export interface WorkdayFigures extends StretchFigures {
  presentMinutes: number;
  focus: StretchFigures & { minutes: number };
}

const MINUTE = 60_000;

/** Sorted, disjoint, non-empty spans covering exactly the union; touching spans join. */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** a ∩ b for two unions (sorted, disjoint). */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** a minus b for two unions (sorted, disjoint). */
export function subtract(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const x of a) {
    let start = x.start;
    while (j < b.length && b[j]!.end <= start) j++;
    let k = j;
    while (k < b.length && b[k]!.start < x.end) {
      const y = b[k]!;
      if (y.start > start) out.push({ start, end: y.start });
      start = Math.max(start, y.end);
      k++;
    }
    if (x.end > start) out.push({ start, end: x.end });
  }
  return out;
}

export function totalMs(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

/** Index of the span containing t in a sorted disjoint list, or -1. */
function spanIndex(spans: readonly Span[], t: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (t < s.start) hi = mid - 1;
    else if (t >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Figures over one set of time (sorted, disjoint); events are sorted by `at`. */
function stretchFigures(time: readonly Span[], events: WorkdayInput['events']): StretchFigures & { ms: number } {
  const ms = totalMs(time);
  let reached = 0;
  let held = 0;
  let peeks = 0;
  let longest = 0;
  // Cuts per span, in time order (events are sorted), to measure the pieces between them.
  const since = time.map((s) => s.start);
  for (const event of events) {
    const i = spanIndex(time, event.at);
    if (i < 0) continue;
    if (event.kind === 'held') {
      held++;
      continue;
    }
    if (event.kind === 'reached') reached++;
    else peeks++;
    longest = Math.max(longest, event.at - since[i]!);
    since[i] = event.at;
  }
  time.forEach((s, i) => {
    longest = Math.max(longest, s.end - since[i]!);
  });
  const breaks = reached + peeks;
  return {
    ms,
    reached,
    held,
    peeks,
    meanStretchMinutes: breaks > 0 ? ms / MINUTE / breaks : null,
    longestStretchMinutes: ms > 0 ? longest / MINUTE : null,
  };
}

/** Present working time and focus time for [fromMs, toMs), with their counts and stretches. */
export function presentTime(input: Pick<WorkdayInput, 'fromMs' | 'toMs' | 'work' | 'away'>): Span[] {
  const window = input.toMs > input.fromMs ? [{ start: input.fromMs, end: input.toMs }] : [];
  return subtract(intersect(window, unionOf(input.work)), unionOf(input.away));
}

export function workdayFigures(input: WorkdayInput): WorkdayFigures {
  const present = presentTime(input);
  const inFocus = intersect(present, unionOf(input.focus));
  const events = input.events.filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
  const { ms, ...work } = stretchFigures(present, events);
  const { ms: focusMs, ...focus } = stretchFigures(inFocus, events);
  return { presentMinutes: ms / MINUTE, ...work, focus: { minutes: focusMs / MINUTE, ...focus } };
}
