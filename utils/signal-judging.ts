/**
 * Which block a page signal belongs to, whether it broke through, and whether the extension must
 * show it itself. Breakthrough is decided here and only here: the person's rules never enter a page,
 * so during a block the guard holds every notification and reports it as held. Pure.
 */
import { type BreakthroughRules, isBreakthrough } from './breakthrough';
import type { GuardSignal } from './guard-protocol';
import type { FocusBlock } from './model';

/**
 * How long after its block's end a held signal still belongs to that block. A page keeps holding
 * until its relay hears of the end (a timer at the end, a storage change after an early end: a few
 * ms, longer on a busy page), and a batch can sit in a retry queue for a few seconds more.
 */
export const LATE_HELD_MS = 10_000;

export interface Judgement {
  /** The block it belongs to, or null (it reached the person outside focus). */
  blockId: string | null;
  breakthrough: boolean;
  /** A held notification that nobody else will show: the extension shows it now. */
  show: boolean;
  /** Held in a block whose digest is already out: recorded as released rather than waiting for a digest. */
  afterDigest: boolean;
}

const endOf = (block: FocusBlock) => block.endedAt ?? block.end;

/**
 * Judges one signal by the time the page saw it (`signal.at`), never by when its batch arrived:
 * the block running then, or, for a signal the guard held, the block that had just ended.
 */
export function judgeSignal(
  signal: Pick<GuardSignal, 'kind' | 'at' | 'held' | 'title' | 'body'>,
  /** Recent blocks, any order (the running one and those just before it). */
  blocks: readonly FocusBlock[],
  rules: BreakthroughRules,
  neverHold: boolean,
): Judgement {
  const held = signal.held === true;
  const notification = signal.kind === 'notification';
  const running = blocks.find((b) => b.start <= signal.at && signal.at < endOf(b));
  const justEnded = held
    ? blocks
        .filter((b) => endOf(b) <= signal.at && signal.at - endOf(b) <= LATE_HELD_MS)
        .sort((a, b) => endOf(b) - endOf(a))[0]
    : undefined;
  const block = running ?? justEnded;
  // Held with no block to join (the page held on a state that is gone): it must not vanish.
  if (!block) return { blockId: null, breakthrough: false, show: held && notification, afterDigest: false };
  const breakthrough = neverHold || (notification && isBreakthrough(rules, signal.title ?? '', signal.body ?? ''));
  const afterDigest = block.digestShown;
  return { blockId: block.id, breakthrough, show: held && notification && (breakthrough || afterDigest), afterDigest };
}
