/**
 * Presence from the browser's idle states: when the person counts as away. Pure; the clock is an
 * argument. The idle API reports "idle" only once the person has been idle for the detection
 * interval, so an idle span is back-dated to the last input; a locked screen counts from the lock.
 */
import type { AwaySpan } from './db';

export type IdleState = 'active' | 'idle' | 'locked';

export interface PresenceChange {
  /** Start of the away span still open after this change, or null when present. */
  awaySince: number | null;
  /** An away span this change closed, to be stored. */
  closed: AwaySpan | null;
}

export function presenceChange(
  state: IdleState,
  now: number,
  awaySince: number | null,
  awayAfterMs: number,
): PresenceChange {
  if (state === 'active') {
    if (awaySince === null) return { awaySince: null, closed: null };
    // A clock set back while away would give an end before the start: time only moves forward.
    return { awaySince: null, closed: { start: awaySince, end: Math.max(now, awaySince) } };
  }
  if (awaySince !== null) return { awaySince, closed: null }; // idle → locked keeps the first start
  return { awaySince: state === 'idle' ? now - awayAfterMs : now, closed: null };
}

/** The away spans that reach into [from, to), with an open one running until `now`. */
export function awayInRange(
  stored: AwaySpan[],
  awaySince: number | null,
  from: number,
  to: number,
  now: number,
): AwaySpan[] {
  const spans = stored.filter((s) => s.start < to && s.end > from);
  if (awaySince !== null && awaySince < to && now > awaySince) spans.push({ start: awaySince, end: now });
  return spans;
}
