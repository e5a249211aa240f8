/**
 * Undoing an unfinished history import (utils/history-import.ts explains the marker). Apart from the
 * import itself so the report page can run it at load without loading the file parser.
 */
import { changeRollups } from './day-rollups';
import { openHeadsDownDb } from './db';

/**
 * Records per write transaction. Measured in Chromium (e2e/chromium/history-import-size.e2e.ts):
 * small enough that a reader waiting behind one chunk answers within a fraction of a second.
 */
export const IMPORT_CHUNK = 1_000;
/** A marker whose heartbeat is older than this belongs to a page that stopped mid-way. */
export const IMPORT_STALE_MS = 30_000;

/** Removes what an unfinished import wrote, if its page stopped (or always, with `force`). */
export async function rollBackImport(now: number, force = false): Promise<boolean> {
  const db = await openHeadsDownDb();
  const marker = await db.get('kv', 'importInProgress');
  if (!marker) return false;
  if (!force && now - (marker as { heartbeatAt: number }).heartbeatAt < IMPORT_STALE_MS) return false;
  const ids = ((await db.get('kv', 'importIds')) as { interruptionIds: string[]; blockIds: string[] } | undefined) ?? {
    interruptionIds: [],
    blockIds: [],
  };
  const all = [
    ...ids.interruptionIds.map((id) => ['interruptions', id] as const),
    ...ids.blockIds.map((id) => ['blocks', id] as const),
  ];
  for (let i = 0; i < all.length; i += IMPORT_CHUNK) {
    const tx = db.transaction(['interruptions', 'blocks', 'rollups'], 'readwrite');
    const chunk = all.slice(i, i + IMPORT_CHUNK);
    const interruptions = tx.objectStore('interruptions');
    // What is removed leaves its day's rollup in the same transaction.
    const removed = await Promise.all(
      chunk.flatMap(([store, id]) => (store === 'interruptions' ? [interruptions.get(id)] : [])),
    );
    await Promise.all([
      ...chunk.map(([store, id]) => tx.objectStore(store).delete(id)),
      changeRollups(
        tx.objectStore('rollups'),
        removed.filter((r) => r !== undefined),
        [],
      ),
      tx.done,
    ]);
  }
  const tx = db.transaction('kv', 'readwrite');
  await Promise.all([tx.store.delete('importInProgress'), tx.store.delete('importIds'), tx.done]);
  return true;
}
