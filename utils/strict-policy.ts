/**
 * Strict means strict: while a strict block runs, no action ends or weakens it without its cost
 * (the typed phrase, within the weekly early ends). Pure: the running block, the action and the
 * clock in; a verdict out. The background asks before it acts (entrypoints/background/handler-kit.ts strictVerdict)
 * and pins the block in the focus inputs on every recompute (entrypoints/background/engine.ts), so
 * a path nobody asked about (a schedule adopted from sync storage) cannot end it either.
 *
 * Choices, and why:
 * - Saving the schedule is *deferred*: the new rules are saved at once (a person's edits are never
 *   thrown away), but the running strict block keeps its end; the new rules shape what comes after.
 * - Pausing is *refused*: a pause means "stop focusing now", which is exactly what costs the phrase;
 *   it is one click to do again once the block ends, and the reply says when that is.
 * - Deleting all data is *refused*: it would erase the block and its overrides with it.
 * - Changing any strict setting, or switching an app off (disabled, or never held), is *refused*:
 *   either would make the running block cheaper to end or hold less than it promised.
 * - Importing history is *allowed*: the import refuses any block that is open, in the future or
 *   overlapping the running one (utils/history-file.ts), so it cannot touch this block.
 * - A clock set back does not end a block (utils/block-end.ts).
 */
import type { FocusOverrides } from './db';
import type { FocusBlock } from './model';
import { mergeIntervals } from './schedule';
import type { Settings } from './settings';

export type StrictAction =
  | { kind: 'pauseSchedule' }
  | { kind: 'saveSchedule' }
  | { kind: 'deleteAllData' }
  | { kind: 'importHistory' }
  | { kind: 'saveSettings'; before: Settings; after: Settings };

/** Message keys in locales/en/common.json; each takes the block's end time as its one placeholder. */
export type StrictReason =
  | 'strict_pauseRefused'
  | 'strict_deleteRefused'
  | 'strict_settingsRefused'
  | 'strict_appOffRefused'
  | 'strict_scheduleDeferred';

export type StrictVerdict =
  | { kind: 'allowed' }
  /** Nothing is done; the reason says why and until when. */
  | { kind: 'refused'; reason: StrictReason; until: number }
  /** Done, but the running block is untouched until `until`; the reason says so. */
  | { kind: 'deferred'; reason: StrictReason; until: number };

type BlockFacts = Pick<FocusBlock, 'start' | 'end' | 'endedAt' | 'strict'>;

/** Whether `block` is a strict block that has not ended (a clock set back before its start still counts). */
export function strictBlockRuns(block: BlockFacts | undefined | null, now: number): block is BlockFacts {
  return Boolean(block?.strict && block.endedAt === null && now < block.end);
}

/** Whether the person paid to end `block` early: an early end recorded since it started. */
export function earlyEndPaid(block: Pick<FocusBlock, 'start'>, overrides: FocusOverrides): boolean {
  return overrides.strictEarlyEnds.some((t) => t >= block.start);
}

const added = (before: readonly string[], after: readonly string[]) => after.some((id) => !before.includes(id));

/** What may happen to `action` while `block` (the open block, if any) runs at `now`. */
export function judgeStrictAction(
  block: BlockFacts | undefined | null,
  action: StrictAction,
  now: number,
): StrictVerdict {
  if (!strictBlockRuns(block, now)) return { kind: 'allowed' };
  const until = block.end;
  switch (action.kind) {
    case 'pauseSchedule':
      return { kind: 'refused', reason: 'strict_pauseRefused', until };
    case 'deleteAllData':
      return { kind: 'refused', reason: 'strict_deleteRefused', until };
    case 'saveSchedule':
      return { kind: 'deferred', reason: 'strict_scheduleDeferred', until };
    case 'importHistory':
      return { kind: 'allowed' };
    case 'saveSettings': {
      const { before, after } = action;
      if (JSON.stringify(before.strict) !== JSON.stringify(after.strict))
        return { kind: 'refused', reason: 'strict_settingsRefused', until };
      if (
        added(before.disabledApps, after.disabledApps) ||
        added(before.breakthrough.neverHold, after.breakthrough.neverHold)
      )
        return { kind: 'refused', reason: 'strict_appOffRefused', until };
      return { kind: 'allowed' };
    }
  }
}

/**
 * Keeps a running strict block whole in the focus inputs: its span is added as a hand-started
 * interval, so no schedule change, pause or suppression can end it or move its end earlier. An
 * early end the person paid for (endBlock with the phrase) is the one way out, and then no pin.
 */
export function pinStrictBlock(
  block: (BlockFacts & Pick<FocusBlock, 'start'>) | undefined | null,
  overrides: FocusOverrides,
  now: number,
): FocusOverrides {
  if (!strictBlockRuns(block, now) || earlyEndPaid(block, overrides)) return overrides;
  const covered = overrides.manual.some((m) => m.start <= block.start && m.end >= block.end);
  if (covered) return overrides;
  return { ...overrides, manual: mergeIntervals([...overrides.manual, { start: block.start, end: block.end }]) };
}

/** The span over which strict early ends are counted against `earlyEndsPerWeek`. */
export const EARLY_END_WINDOW_MS = 7 * 86_400_000;

/** Early ends the person has left in the week before `now`. */
export function earlyEndsLeft(strict: Settings['strict'], overrides: FocusOverrides, now: number): number {
  const used = overrides.strictEarlyEnds.filter((t) => t > now - EARLY_END_WINDOW_MS).length;
  return Math.max(0, strict.earlyEndsPerWeek - used);
}

export type EarlyEndVerdict =
  | { kind: 'allowed'; paid: boolean }
  | { kind: 'refused'; reason: 'strict_earlyEndsUsed'; limit: number }
  | { kind: 'refused'; reason: 'strict_phraseMismatch' };

/**
 * Whether the person may end `block` early at `now` with `phrase`. A strict block costs the exact
 * phrase and one of the week's early ends (`paid`: the end is recorded against the week); any other
 * block just ends.
 */
export function judgeEarlyEnd(
  block: Pick<FocusBlock, 'strict'>,
  strict: Settings['strict'],
  overrides: FocusOverrides,
  phrase: string | undefined,
  now: number,
): EarlyEndVerdict {
  if (!block.strict) return { kind: 'allowed', paid: false };
  if (earlyEndsLeft(strict, overrides, now) === 0)
    return { kind: 'refused', reason: 'strict_earlyEndsUsed', limit: strict.earlyEndsPerWeek };
  if ((phrase ?? '').trim() !== strict.phrase.trim()) return { kind: 'refused', reason: 'strict_phraseMismatch' };
  return { kind: 'allowed', paid: true };
}
