/**
 * What the report page reads from IndexedDB. It reads a time range through the `byAt` and `byStart`
 * indexes, never the whole history, so a year of records costs no more than one week (issue 6).
 */

import { type AwaySpan, openHeadsDownDb } from './db';
import type { FocusBlock, Interruption } from './model';
import { readAway } from './records';

export const DAY_MS = 86_400_000;
/** Blocks are looked up this far before a range: a block that began then may still run into it. */
export const BLOCK_LOOKBACK_MS = DAY_MS;

export interface RangeRecords {
  interruptions: Interruption[];
  blocks: FocusBlock[];
}

/** When a block stops counting: its real end once over, else its planned end. */
function blockEnd(block: FocusBlock): number {
  return block.endedAt ?? block.end;
}

/** Interruptions that arrived in [from, to), oldest first, through the `byAt` index. */
export async function readInterruptions(from: number, to: number): Promise<Interruption[]> {
  if (!(to > from)) return [];
  const db = await openHeadsDownDb();
  return db.getAllFromIndex('interruptions', 'byAt', IDBKeyRange.bound(from, to, false, true));
}

/** Interruptions in [from, to) and the blocks overlapping it (even from up to a day before), in one transaction. */
export async function readRange(from: number, to: number): Promise<RangeRecords> {
  if (!(to > from)) return { interruptions: [], blocks: [] };
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks'], 'readonly');
  const byStart = tx.objectStore('blocks').index('byStart');
  const [interruptions, started, earlier] = await Promise.all([
    tx
      .objectStore('interruptions')
      .index('byAt')
      .getAll(IDBKeyRange.bound(from, to, false, true)),
    byStart.getAll(IDBKeyRange.bound(from - BLOCK_LOOKBACK_MS, to, false, true)),
    // A block can outlast a day (extended, or back-to-back rules). Recorded blocks never overlap, so
    // the last one begun before the lookback is the only older block that can still reach the range.
    byStart.openCursor(IDBKeyRange.upperBound(from - BLOCK_LOOKBACK_MS, true), 'prev').then((c) => c?.value),
  ]);
  await tx.done;
  const blocks = earlier ? [earlier, ...started] : started;
  return { interruptions, blocks: blocks.filter((block) => blockEnd(block) > from) };
}

/** A range's records with the away time reaching into it (the open span running until `now`). */
export interface PresenceRecords extends RangeRecords {
  away: AwaySpan[];
}

/** readRange plus the away time of [from, to): what figuresAtWork needs for the range. */
export async function readRangeWithAway(from: number, to: number, now: number): Promise<PresenceRecords> {
  const [records, away] = await Promise.all([readRange(from, to), to > from ? readAway(from, to, now) : []]);
  return { ...records, away };
}

/** When history starts: the oldest interruption or block, read by index (two cursors), or null. */
export async function firstRecordAt(): Promise<number | null> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks'], 'readonly');
  const [first, firstBlock] = await Promise.all([
    tx.objectStore('interruptions').index('byAt').openCursor(),
    tx.objectStore('blocks').index('byStart').openCursor(),
  ]);
  const times = [first?.value.at, firstBlock?.value.start].filter((t): t is number => typeof t === 'number');
  await tx.done;
  return times.length > 0 ? Math.min(...times) : null;
}

/** Every record and every away span, for the whole-history export only (the one place that may read everything). */
export async function readAllHistory(): Promise<PresenceRecords> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks', 'away'], 'readonly');
  const [interruptions, blocks, away] = await Promise.all([
    tx.objectStore('interruptions').index('byAt').getAll(),
    tx.objectStore('blocks').index('byStart').getAll(),
    tx.objectStore('away').getAll(),
  ]);
  await tx.done;
  return { interruptions, blocks, away };
}
