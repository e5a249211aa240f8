/**
 * The figures the report should show for a week, by plain arithmetic on the seeded records (no
 * product code): days bounded by Berlin midnights (berlin.ts), focus = union of the blocks,
 * reached = delivered + breakthrough, longest stretch = longest focus span with no reached
 * interruption and no peek, mean between = focus / (reached + peeks in focus).
 */
import type { FocusBlock, Interruption } from '../../../utils/model';
import { addDays, type DateKey, midnight, wall, weekday } from './berlin';

export interface Figures {
  focusMs: number;
  held: number;
  reached: number;
  breakthroughs: number;
  peeks: number;
  messagesHeld: number;
  longestMs: number;
  /** null when no reached interruption or peek fell in focus (or there was no focus). */
  meanMs: number | null;
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
  days: Figures[];
  total: Figures;
  /** Busiest first (held + reached + peeks), ties by app id. */
  apps: AppRow[];
  /** heat[day][hour]: arrivals, peeks left out. */
  heat: number[][];
  blocks: number;
  /** Quietest 2-hour window 08–18 on a weekday: day index and start hour. */
  quietest: { day: number; hour: number } | null;
}

type Span = [number, number];

/** The blocks' union inside [from, to), sorted; overlapping and touching blocks become one span. */
export function focusSpans(blocks: FocusBlock[], from: number, to: number): Span[] {
  const spans = blocks
    .map((b): Span => [Math.max(b.start, from), Math.min(b.endedAt ?? b.end, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const breaks = (r: Interruption) => r.kind !== 'held';

/** The figures of [from, to). */
export function figures(records: Interruption[], blocks: FocusBlock[], from: number, to: number): Figures {
  const spans = focusSpans(blocks, from, to);
  const mine = records.filter((r) => r.at >= from && r.at < to);
  const count = (k: Interruption['kind']) => mine.filter((r) => r.kind === k).length;
  let longestMs = 0;
  let breaksInFocus = 0;
  for (const [s, e] of spans) {
    const cuts = mine
      .filter((r) => breaks(r) && r.at >= s && r.at < e)
      .map((r) => r.at)
      .sort((a, b) => a - b);
    breaksInFocus += cuts.length;
    const edges = [s, ...cuts, e];
    for (let i = 1; i < edges.length; i++) longestMs = Math.max(longestMs, edges[i]! - edges[i - 1]!);
  }
  const focusMs = spans.reduce((sum, [s, e]) => sum + (e - s), 0);
  return {
    focusMs,
    held: count('held'),
    reached: count('delivered') + count('breakthrough'),
    breakthroughs: count('breakthrough'),
    peeks: count('peek'),
    messagesHeld: mine.filter((r) => r.kind === 'held').reduce((sum, r) => sum + r.messages, 0),
    longestMs,
    meanMs: focusMs > 0 && breaksInFocus > 0 ? focusMs / breaksInFocus : null,
  };
}

/** Everything the report should show for the 7 days from `start`. */
export function expectedWeek(records: Interruption[], blocks: FocusBlock[], start: DateKey): ExpectedWeek {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const bounds = dates.map((d) => [midnight(d), midnight(addDays(d, 1))] as const);
  const from = bounds[0]![0];
  const to = bounds[6]![1];
  const inWeek = records.filter((r) => r.at >= from && r.at < to);
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
  let quietest: { day: number; hour: number; n: number } | null = null;
  if (heat.some((row) => row.some((n) => n > 0))) {
    dates.forEach((date, d) => {
      if (weekday(date) === 0 || weekday(date) === 6) return;
      for (let h = 8; h <= 16; h++) {
        const n = heat[d]![h]! + heat[d]![h + 1]!;
        if (!quietest || n < quietest.n) quietest = { day: d, hour: h, n };
      }
    });
  }
  const q = quietest as { day: number; hour: number } | null;
  return {
    dates,
    days: bounds.map(([s, e]) => figures(records, blocks, s, e)),
    total: figures(records, blocks, from, to),
    apps: [...apps.values()].sort((a, b) => busy(b) - busy(a) || (a.appId < b.appId ? -1 : 1)),
    heat,
    blocks: focusSpans(blocks, from, to).length,
    quietest: q && { day: q.day, hour: q.hour },
  };
}
