/** Reads and writes of focus blocks, rules and interruptions, through the one schema in db.ts. */

import { changeRollups, putWithRollups } from './day-rollups';
import {
  type AwaySpan,
  EMPTY_OVERRIDES,
  type FocusOverrides,
  guarded,
  openHeadsDownDb,
  type ReadTx,
  readKv,
  type StoredRule,
  writeKv,
} from './db';
import { pruneRecentByTab, stillListed } from './interruptions';
import type { FocusBlock, Interruption, ScheduleFile, ScheduleRule } from './model';
import { awayInRange, type IdleState, presenceChange } from './presence';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from './settings';

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await readKv('settings'));
}

export async function hasStoredSettings(): Promise<boolean> {
  return (await readKv('settings')) !== undefined;
}

export async function saveSettingsRecord(settings: Settings): Promise<void> {
  await writeKv('settings', settings);
}

export async function loadOverrides(): Promise<FocusOverrides> {
  return { ...EMPTY_OVERRIDES, ...(await readKv('overrides')) };
}

export async function saveOverrides(overrides: FocusOverrides): Promise<void> {
  await writeKv('overrides', overrides);
}

export async function loadSchedule(): Promise<ScheduleFile> {
  const db = await openHeadsDownDb();
  const rules = (await db.getAll('rules')).sort((a, b) => a.order - b.order);
  return {
    format: 'heads-down-schedule',
    version: 1,
    rules: rules.map(({ days, start, end, zone }): ScheduleRule => ({ days, start, end, zone })),
  };
}

/** Replaces every rule in one transaction: an import is all or nothing. */
export async function replaceSchedule(file: ScheduleFile): Promise<void> {
  await guarded('storage_saveSchedule', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction('rules', 'readwrite');
    await tx.store.clear();
    await Promise.all(
      file.rules.map((rule, order) => tx.store.put({ ...rule, id: `rule-${order}`, order } satisfies StoredRule)),
    );
    await tx.done;
  });
}

/**
 * The block the worker opened and has not ended, if any: found by the id stored with it, so an
 * imported block (or one dated in the future) can never be taken for it.
 */
export async function openBlock(): Promise<FocusBlock | undefined> {
  const db = await openHeadsDownDb();
  const id = (await db.get('kv', 'runningBlockId')) as string | null | undefined;
  if (id !== undefined) {
    const block = id === null ? undefined : await db.get('blocks', id);
    return block?.endedAt === null ? block : undefined;
  }
  // A database from before the id was kept: the newest open block that has started, remembered.
  const found = await newestOpenBlockBefore(Date.now());
  await writeKv('runningBlockId', found?.id ?? null);
  return found;
}

async function newestOpenBlockBefore(now: number): Promise<FocusBlock | undefined> {
  const db = await openHeadsDownDb();
  let cursor = await db.transaction('blocks').store.index('byStart').openCursor(IDBKeyRange.upperBound(now), 'prev');
  while (cursor) {
    if (cursor.value.endedAt === null) return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}

/**
 * The block that started last at or before `now`, running or not (a late batch may belong to a
 * block that just ended). Never a block dated after now.
 */
export async function latestBlock(now: number): Promise<FocusBlock | undefined> {
  const db = await openHeadsDownDb();
  const running = await openBlock();
  if (running && running.start <= now) return running;
  return (await db.transaction('blocks').store.index('byStart').openCursor(IDBKeyRange.upperBound(now), 'prev'))?.value;
}

/** Every stored block, for checking an import against what really happened. */
export async function allBlocks(): Promise<FocusBlock[]> {
  return (await openHeadsDownDb()).getAll('blocks');
}

/** The `count` blocks that started last, newest first (a late signal may belong to one that just ended). */
export async function recentBlocks(count = 3): Promise<FocusBlock[]> {
  const db = await openHeadsDownDb();
  const out: FocusBlock[] = [];
  let cursor = await db.transaction('blocks').store.index('byStart').openCursor(null, 'prev');
  while (cursor && out.length < count) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function getBlock(id: string): Promise<FocusBlock | undefined> {
  return (await openHeadsDownDb()).get('blocks', id);
}

/** Saves a block and, in the same transaction, which block runs (see openBlock). */
export async function putBlock(block: FocusBlock): Promise<void> {
  await guarded('storage_saveBlock', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['blocks', 'kv'], 'readwrite');
    const kv = tx.objectStore('kv');
    await tx.objectStore('blocks').put(block);
    if (block.endedAt === null) await kv.put(block.id, 'runningBlockId');
    else if ((await kv.get('runningBlockId')) === block.id) await kv.put(null, 'runningBlockId');
    await tx.done;
  });
}

export async function countBlocks(): Promise<number> {
  return (await openHeadsDownDb()).count('blocks');
}

/** Held items that still wait (not yet released by a digest, opened or dismissed), newest first. */
export async function listedHeld(): Promise<Interruption[]> {
  const db = await openHeadsDownDb();
  const pending = await db.getAllFromIndex('interruptions', 'byState', 'pending');
  return pending.filter((i) => i.kind === 'held').sort((a, b) => b.at - a.at);
}

export async function interruptionsOfBlock(blockId: string): Promise<Interruption[]> {
  const db = await openHeadsDownDb();
  return db.getAllFromIndex('interruptions', 'byBlock', blockId);
}

export async function getInterruption(id: string): Promise<Interruption | undefined> {
  return (await openHeadsDownDb()).get('interruptions', id);
}

/** Writes changed records, and their days' rollups, in one transaction. */
export async function putInterruptions(records: Interruption[]): Promise<void> {
  if (records.length === 0) return;
  await guarded('storage_saveInterruptions', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['interruptions', 'rollups'], 'readwrite');
    await putWithRollups(tx.objectStore('interruptions'), tx.objectStore('rollups'), records);
    await tx.done;
  });
}

/**
 * Drops notification text older than `textDays` and records older than `historyDays`, except what
 * still waits in the held list (pending or released, not yet opened or dismissed) and the blocks
 * those items belong to: nothing held is lost before the person has dealt with it. Also prunes the
 * per-tab grouping state (utils/interruptions.ts pruneRecentByTab).
 */
export async function applyRetention(settings: Settings, now: number): Promise<void> {
  const db = await openHeadsDownDb();
  const textCut = now - settings.privacy.textDays * 86_400_000;
  const historyCut = now - settings.privacy.historyDays * 86_400_000;
  const tx = db.transaction(['interruptions', 'blocks', 'kv', 'rollups'], 'readwrite');
  const interruptions = tx.objectStore('interruptions');
  const deleted: Interruption[] = [];
  const waiting = [
    ...(await interruptions.index('byState').getAll('pending')),
    ...(await interruptions.index('byState').getAll('released')),
  ].filter(stillListed);
  const blocksInUse = new Set(waiting.map((i) => i.blockId));
  // Without kept text every record is visited; otherwise only those old enough to lose something.
  const range = settings.privacy.keepText ? IDBKeyRange.upperBound(Math.max(textCut, historyCut)) : null;
  let cursor = await interruptions.index('byAt').openCursor(range);
  while (cursor) {
    const record = cursor.value;
    if (record.at < historyCut && !stillListed(record)) {
      deleted.push(record);
      await cursor.delete();
    } else if (record.text && (record.at < textCut || !settings.privacy.keepText))
      await cursor.update({ ...record, text: null });
    cursor = await cursor.continue();
  }
  // Dropping the text changes no rollup; dropping a record does.
  await changeRollups(tx.objectStore('rollups'), deleted, []);
  let blocks = await tx.objectStore('blocks').index('byStart').openCursor(IDBKeyRange.upperBound(historyCut, true));
  while (blocks) {
    if (blocks.value.endedAt !== null && !blocksInUse.has(blocks.value.id)) await blocks.delete();
    blocks = await blocks.continue();
  }
  const kv = tx.objectStore('kv');
  const recentByTab = (await kv.get('recentByTab')) as Record<string, string> | undefined;
  if (recentByTab) {
    const ids = Object.values(recentByTab);
    const records = await Promise.all(ids.map((id) => interruptions.get(id)));
    const lastAt = new Map(records.flatMap((r) => (r ? [[r.id, r.lastAt] as const] : [])));
    await kv.put(
      pruneRecentByTab(recentByTab, (id) => lastAt.get(id), now),
      'recentByTab',
    );
  }
  await tx.done;
}

/** Deletes everything Heads Down stored in IndexedDB. */
export async function deleteAllRecords(): Promise<void> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['rules', 'blocks', 'interruptions', 'kv', 'away', 'rollups'], 'readwrite');
  await Promise.all([
    tx.objectStore('rollups').clear(),
    tx.objectStore('rules').clear(),
    tx.objectStore('blocks').clear(),
    tx.objectStore('interruptions').clear(),
    tx.objectStore('kv').clear(),
    tx.objectStore('away').clear(),
    // No records, no rollups: complete (requests run in order, so after the clear).
    tx.objectStore('kv').put(true, 'rollupsComplete'),
  ]);
  await tx.done;
}

export { DEFAULT_SETTINGS };

/** Applies a change of the idle state: opens or closes the away span, in one transaction. */
export async function recordPresence(state: IdleState, now: number, awayAfterMs: number): Promise<void> {
  await guarded('storage_saveAway', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['kv', 'away'], 'readwrite');
    const since = ((await tx.objectStore('kv').get('awaySince')) as number | null | undefined) ?? null;
    const change = presenceChange(state, now, since, awayAfterMs);
    if (change.closed && change.closed.end > change.closed.start) await tx.objectStore('away').put(change.closed);
    if (change.awaySince !== since) await tx.objectStore('kv').put(change.awaySince, 'awaySince');
    await tx.done;
  });
}

/** Away spans reaching into [from, to), the open one (if any) running until `now`. */
export async function readAway(from: number, to: number, now: number): Promise<AwaySpan[]> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['kv', 'away'], 'readonly');
  const away = await awayIn(tx, from, to, now);
  await tx.done;
  return away;
}

/** readAway within a transaction the caller holds (the report reads it with the rest of a week). */
export async function awayIn(tx: ReadTx, from: number, to: number, now: number): Promise<AwaySpan[]> {
  const [stored, since] = await Promise.all([
    tx.objectStore('away').index('byEnd').getAll(IDBKeyRange.lowerBound(from, true)),
    tx.objectStore('kv').get('awaySince') as Promise<number | null | undefined>,
  ]);
  return awayInRange(stored, since ?? null, from, to, now);
}

/** Deletes one block record; its interruptions stay in history (the report's "delete" on a block). */
export async function deleteBlockRecord(id: string): Promise<void> {
  await guarded('storage_deleteBlock', async () => {
    const db = await openHeadsDownDb();
    await db.delete('blocks', id);
  });
}

/**
 * What a version 2 history file adds: its away spans (an existing span with the same start is kept,
 * as records are) and its working hours, adopted as confirmed. Returns whether hours were adopted.
 */
export async function importPresence(away: AwaySpan[], workHours: ScheduleRule[] | null): Promise<boolean> {
  await guarded('storage_importAway', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction('away', 'readwrite');
    for (const span of away) if (!(await tx.store.getKey(span.start))) await tx.store.add(span);
    await tx.done;
  });
  if (!workHours) return false;
  await saveSettingsRecord({ ...(await loadSettings()), workHours, workHoursConfirmed: true });
  return true;
}
