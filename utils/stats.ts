/** Interruption statistics against the 11-minute baseline. Pure; the clock is an argument. */
import type { FocusBlock, Interruption } from './model';

/** Research baseline: 11 minutes between distractions (60 / 11 ≈ 5.5 an hour). */
export const BASELINE_MINUTES = 11;
export const BASELINE_MS = BASELINE_MINUTES * 60_000;

export interface Interval {
  start: number;
  end: number;
}

export interface RangeStats {
  /** The range asked for; `to` clipped to now (and never before `from`). */
  from: number;
  to: number;
  /** Delivered + breakthrough: interruptions that reached the person. */
  reached: number;
  held: number;
  breakthroughs: number;
  peeks: number;
  messagesHeld: number;
  /** Focus block time inside the range, overlapping blocks counted once. */
  focusMinutes: number;
  /** Longest stretch of focus time with no reached interruption and no peek; 0 without focus time. */
  longestStretchMs: number;
  /** Focus time / (reached + peeks inside focus); null when there were none or no focus time. */
  meanBetweenMs: number | null;
  /** Focus time / everything that arrived in focus, held included: the rate without holding. */
  unguardedMeanBetweenMs: number | null;
  /** meanBetweenMs / 11 min; above 1 is better than the baseline. */
  baselineRatio: number | null;
}

/** A block as an interval: its real end once over, else its planned end (callers clip to now). */
export function blockInterval(block: FocusBlock): Interval {
  return { start: block.start, end: block.endedAt ?? block.end };
}

/** The union of the intervals clipped to [from, to], sorted, touching ones merged. */
export function clipAndMerge(intervals: Interval[], from: number, to: number): Interval[] {
  const clipped = intervals
    .filter((b) => Number.isFinite(b.start) && Number.isFinite(b.end))
    .map((b) => ({ start: Math.max(b.start, from), end: Math.min(b.end, to) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const b of clipped) {
    const last = out[out.length - 1];
    if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
    else out.push({ ...b });
  }
  return out;
}

interface Slot extends Interval {
  /** Times of reached interruptions and peeks inside it: what breaks a stretch. */
  breaks: number[];
}

/** The slot containing t (start ≤ t < end). Slots are sorted and disjoint, so bisect. */
function findSlot(slots: Slot[], t: number): Slot | undefined {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const slot = slots[mid]!;
    if (t < slot.start) hi = mid - 1;
    else if (t >= slot.end) lo = mid + 1;
    else return slot;
  }
  return undefined;
}

const reaches = (r: Interruption) => r.kind === 'delivered' || r.kind === 'breakthrough';

/** Longest gap between breaks inside each focus slot, measured from its start to its end. */
function longestStretch(slots: Slot[]): number {
  let best = 0;
  for (const slot of slots) {
    let since = slot.start;
    for (const t of slot.breaks.sort((a, b) => a - b)) {
      best = Math.max(best, t - since);
      since = t;
    }
    best = Math.max(best, slot.end - since);
  }
  return best;
}

/**
 * Figures for [from, to) as of `now`. Interruptions count when from ≤ at < to and at ≤ now, so
 * adjacent ranges (days of a week) never count one twice. A range without focus time has no mean:
 * the baseline compares time *in focus*, and a fallback to the clock span (which from midnight
 * includes the night) would make the 11-minute comparison mean different things on different days;
 * the UI says "no focus time yet" instead.
 */
export function rangeStats(
  interruptions: Interruption[],
  blocks: Interval[],
  from: number,
  to: number,
  now: number,
): RangeStats {
  const end = Math.max(from, Math.min(to, now));
  const slots: Slot[] = clipAndMerge(blocks, from, end).map((f) => ({ ...f, breaks: [] }));
  const focusMs = slots.reduce((sum, f) => sum + (f.end - f.start), 0);
  let reached = 0;
  let held = 0;
  let breakthroughs = 0;
  let peeks = 0;
  let messagesHeld = 0;
  let guardedInFocus = 0;
  let arrivedInFocus = 0;
  for (const r of interruptions) {
    if (!(r.at >= from && r.at < to && r.at <= now)) continue;
    if (reaches(r)) reached++;
    if (r.kind === 'breakthrough') breakthroughs++;
    if (r.kind === 'peek') peeks++;
    if (r.kind === 'held') {
      held++;
      messagesHeld += Number.isFinite(r.messages) ? r.messages : 0;
    }
    const slot = findSlot(slots, r.at);
    if (!slot) continue;
    arrivedInFocus++;
    if (r.kind !== 'held') {
      guardedInFocus++;
      slot.breaks.push(r.at);
    }
  }
  const meanBetweenMs = focusMs > 0 && guardedInFocus > 0 ? focusMs / guardedInFocus : null;
  return {
    from,
    to: end,
    reached,
    held,
    breakthroughs,
    peeks,
    messagesHeld,
    focusMinutes: focusMs / 60_000,
    longestStretchMs: longestStretch(slots),
    meanBetweenMs,
    // Peeks are counted here too, so holding can only make the guarded mean longer, never shorter.
    unguardedMeanBetweenMs: focusMs > 0 && arrivedInFocus > 0 ? focusMs / arrivedInFocus : null,
    baselineRatio: meanBetweenMs === null ? null : meanBetweenMs / BASELINE_MS,
  };
}
