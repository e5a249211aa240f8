/**
 * What the report page reads from IndexedDB. It reads a time range through the `byAt` and `byStart`
 * indexes, never the whole history, so a year of records costs no more than one week (issue 6), and
 * its figures from the per-day rollups (utils/day-rollups.ts): one value per day, not one per record.
 */

import { type ReportEvent, rollupDay, rollupEvents } from './day-rollups';
import { type AwaySpan, openHeadsDownDb, type ReadTx, rebuildAllRollups } from './db';
import type { FocusBlock, Interruption } from './model';
import { awayIn, readAway } from './records';
import type { Settings } from './settings';

export const DAY_MS = 86_400_000;
/** Blocks are looked up this far before a range: a block that began then may still run into it. */
export const BLOCK_LOOKBACK_MS = DAY_MS;

export interface RangeRecords {
  interruptions: Interruption[];
  blocks: FocusBlock[];
}

/** A span of time [from, to), epoch ms. */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * One range covering both `a` and `b` when they overlap or touch, so that what needs both is read
 * once (each reader keeps to its own range); null when a gap lies between them, which one read
 * would fetch for nothing.
 */
export function coveringRange(a: TimeRange, b: TimeRange): TimeRange | null {
  if (a.from > b.to || b.from > a.to) return null;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
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
  const [interruptions, blocks] = await Promise.all([
    tx
      .objectStore('interruptions')
      .index('byAt')
      .getAll(IDBKeyRange.bound(from, to, false, true)),
    blocksReaching(tx.objectStore('blocks').index('byStart'), from, to),
  ]);
  await tx.done;
  return { interruptions, blocks };
}

/** The part of the `byStart` index (idb) blocksReaching uses. */
interface BlocksByStart {
  getAll(range: IDBKeyRange): Promise<FocusBlock[]>;
  openCursor(range: IDBKeyRange, direction: 'prev'): Promise<{ value: FocusBlock } | null>;
}

/** Blocks overlapping [from, to), even from up to a day before, through the `byStart` index. */
async function blocksReaching(byStart: BlocksByStart, from: number, to: number): Promise<FocusBlock[]> {
  const [started, earlier] = await Promise.all([
    byStart.getAll(IDBKeyRange.bound(from - BLOCK_LOOKBACK_MS, to, false, true)),
    // A block can outlast a day (extended, or back-to-back rules). Recorded blocks never overlap, so
    // the last one begun before the lookback is the only older block that can still reach the range.
    byStart.openCursor(IDBKeyRange.upperBound(from - BLOCK_LOOKBACK_MS, true), 'prev').then((c) => c?.value),
  ]);
  const blocks = earlier ? [earlier, ...started] : started;
  return blocks.filter((block) => blockEnd(block) > from);
}

/**
 * What the report's figures read of [from, to): the interruptions' events (from the rollups, in the
 * `byAt` index's order, as readRange would return the records) and the blocks overlapping it.
 */
export interface ReportRecords {
  interruptions: ReportEvent[];
  blocks: FocusBlock[];
}

/**
 * readRange for the figures, from the per-day rollups. They are read only when marked complete
 * (KvValues.rollupsComplete, read in the same transaction): when a writer went around them, every
 * rollup is rebuilt from the records first (rebuildAllRollups), so no figure comes from a stale one.
 * Trusting the mark instead of checking each day against a count of its records in the `byAt` index
 * saves 15 index counts per load, which with a year of history cost more than the rest of the read.
 */
export async function readReportRange(from: number, to: number): Promise<ReportRecords> {
  const { interruptions, blocks } = await readReportInput(from, to, to);
  return { interruptions, blocks };
}

/** Every input of the report's figures for [from, to) but the working hours' defaults: see readReportInput. */
export interface ReportInput extends ReportRecords {
  away: AwaySpan[];
  /** The stored settings (undefined: none stored yet; utils/settings.ts withDefaults fills them). */
  settings: Partial<Settings> | undefined;
  /** When history starts (firstRecordAt). */
  firstDataAt: number | null;
}

/**
 * What the report draws a range from, in one readonly transaction: the rollups' events and the
 * blocks (readReportRange), the away time (readAway), the stored settings and where history starts
 * (firstRecordAt). One transaction instead of four: the page's first week waits for the slowest.
 */
export async function readReportInput(from: number, to: number, now: number): Promise<ReportInput> {
  const first = rollupDay(from);
  const last = rollupDay(to - 1);
  const inRange = to > from && first !== null && last !== null;
  for (let attempt = 0; ; attempt++) {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['kv', 'rollups', 'blocks', 'away', 'interruptions'], 'readonly');
    const kv = tx.objectStore('kv');
    const [complete, rollups, blocks, away, settings, firstDataAt] = await Promise.all([
      kv.get('rollupsComplete'),
      inRange ? tx.objectStore('rollups').getAll(IDBKeyRange.bound(first, last)) : [],
      inRange ? blocksReaching(tx.objectStore('blocks').index('byStart'), from, to) : [],
      inRange ? awayIn(tx, from, to, now) : [],
      kv.get('settings') as Promise<Partial<Settings> | undefined>,
      firstRecordIn(tx),
    ]);
    await tx.done;
    if (complete !== true) {
      // Rebuilt once; a writer that went around them again meanwhile is a fault, not a loop.
      if (attempt > 0) throw new Error('the per-day rollups were changed around while being rebuilt');
      await rebuildAllRollups();
      continue;
    }
    return {
      interruptions: rollups.flatMap((rollup) => rollupEvents(rollup)).filter((e) => e.at >= from && e.at < to),
      blocks,
      away,
      settings,
      firstDataAt,
    };
  }
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

/** readReportRange plus the away time of [from, to): every figure of the report for the range. */
export async function readReportRangeWithAway(
  from: number,
  to: number,
  now: number,
): Promise<ReportRecords & { away: AwaySpan[] }> {
  const [records, away] = await Promise.all([readReportRange(from, to), to > from ? readAway(from, to, now) : []]);
  return { ...records, away };
}

/** When history starts: the oldest interruption or block, read by index (two cursors), or null. */
export async function firstRecordAt(): Promise<number | null> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks'], 'readonly');
  const first = await firstRecordIn(tx);
  await tx.done;
  return first;
}

/** firstRecordAt within a transaction the caller holds. */
async function firstRecordIn(tx: ReadTx): Promise<number | null> {
  const [first, firstBlock] = await Promise.all([
    tx.objectStore('interruptions').index('byAt').openCursor(),
    tx.objectStore('blocks').index('byStart').openCursor(),
  ]);
  const times = [first?.value.at, firstBlock?.value.start].filter((t): t is number => typeof t === 'number');
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
