/**
 * When the open block is over, and the end it records. Pure: the clock is an argument.
 * Time only moves forward in records: a clock set back never ends a block before it started and
 * never stores an end before a start (which the history import would refuse, utils/history-file.ts).
 */
import type { FocusBlock } from './model';

/** The focus window containing now, as utils/focus-engine.ts focusAt returns it. */
interface Window {
  start: number;
  end: number;
}

/**
 * Whether the open block is over at `now`. It is over when no window contains now, or the window
 * containing now is another one (it starts after the block did, or ended before it). With the clock
 * set back before the block's start, no window contains now, yet nothing has ended: the block goes
 * on (a strict block is not ended by a clock change).
 */
export function blockIsOver(block: Pick<FocusBlock, 'start'>, window: Window | null, now: number): boolean {
  if (now < block.start) return false;
  return !window || window.start > block.start || window.end <= block.start;
}

/** The end a block records when it is over at `now`: never after its planned end, never before its start. */
export function endedAtFor(block: Pick<FocusBlock, 'start' | 'end'>, now: number): number {
  return Math.max(block.start, Math.min(now, block.end));
}

/**
 * How late after its window's start the worker may begin guarding and still be the same moment: an
 * alarm fires a few ms after its time and a hand-started block's window is made a moment before the
 * engine opens it (measured 1–32 ms; a second leaves room for a busy machine).
 */
export const GUARD_START_SLACK_MS = 1_000;

/**
 * Where a new block starts: when guarding starts (a block begun because the schedule was saved, the
 * browser started or the worker woke mid-window must not count the unguarded minutes before it as
 * focus; within GUARD_START_SLACK_MS of the window's start it is the window's start), and never
 * before the block that just ended (with the clock set back that block's end can lie after now), so
 * recorded blocks never overlap.
 */
export function newBlockStart(window: Window, now: number, previousEndedAt: number | null): number {
  const guardedFrom = now - window.start <= GUARD_START_SLACK_MS ? window.start : now;
  return Math.max(guardedFrom, previousEndedAt ?? Number.NEGATIVE_INFINITY);
}
