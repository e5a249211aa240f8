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
 * Where a new block starts: when guarding starts, now (a block begun because the schedule was saved,
 * the browser started or the worker woke mid-window must not count the unguarded minutes before it
 * as focus), and never before the block that just ended (with the clock set back, that block's end
 * can lie after now), so recorded blocks never overlap.
 */
export function newBlockStart(window: Window, now: number, previousEndedAt: number | null): number {
  return Math.max(window.start, now, previousEndedAt ?? Number.NEGATIVE_INFINITY);
}
