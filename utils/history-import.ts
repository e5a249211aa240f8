/**
 * Imports a history file from an extension page (the report), not the service worker: a maximal
 * file (about 205,000 records) takes a long time to parse, check and write, and in the worker that
 * was one event during which it answered nothing else.
 *
 * Bounded and all or nothing:
 * 1. The whole file is parsed and checked field by field in the page; nothing is open yet.
 * 2. One transaction reads what is stored, checks the records against it (no open, future or
 *    overlapping block: utils/history-file.ts planImport) and writes a marker with the ids to add.
 * 3. The records are written in chunks of IMPORT_CHUNK, one short transaction each, so the worker's
 *    own reads and writes (a popup's getStatus, a page's signals) wait at most one chunk, never the
 *    whole import. Each chunk refreshes the marker's heartbeat.
 * 4. The last transaction removes the marker: from then on the import is complete.
 * Any failure removes every id the marker names (rollBackImport), so nothing stays. If the page is
 * closed mid-way, the marker's heartbeat stops, and the next report page (on load, or before its
 * own import) rolls the rest back. Readers may see part of an import while it runs.
 */
import { changeRollups } from './day-rollups';
import { guarded, openHeadsDownDb } from './db';
import { parseHistoryFile, planImport } from './history-file';
import { IMPORT_CHUNK, IMPORT_STALE_MS, rollBackImport } from './import-rollback';
import type { Interruption } from './model';
import { importPresence } from './records';
import type { Message } from './wording';

export type ImportProgress =
  | { phase: 'checking' }
  /** `done` of `total` records written; complete only when the import reports success. */
  | { phase: 'writing'; done: number; total: number };

export type ImportResult = { ok: true; imported: number; workHoursAdopted: boolean } | { ok: false; error: Message };

export { IMPORT_CHUNK, IMPORT_STALE_MS, rollBackImport };

export async function importHistoryFile(
  text: string,
  now: number,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  clock: () => number = Date.now,
): Promise<ImportResult> {
  onProgress({ phase: 'checking' });
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return parsed;
  await rollBackImport(now);
  const db = await openHeadsDownDb();
  const plan = await guarded('storage_importHistory', async () => {
    const tx = db.transaction(['interruptions', 'blocks', 'kv'], 'readwrite');
    const kv = tx.objectStore('kv');
    if (await kv.get('importInProgress')) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false as const, error: { key: 'hist_importRunning' } satisfies Message };
    }
    const [storedBlocks, storedIds] = await Promise.all([
      tx.objectStore('blocks').getAll(),
      tx.objectStore('interruptions').getAllKeys(),
    ]);
    const checked = planImport(parsed, { blocks: storedBlocks, interruptionIds: new Set(storedIds) }, now);
    if (!checked.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return checked;
    }
    const ids = { interruptionIds: checked.interruptions.map((r) => r.id), blockIds: checked.blocks.map((b) => b.id) };
    await Promise.all([kv.put({ heartbeatAt: clock() }, 'importInProgress'), kv.put(ids, 'importIds'), tx.done]);
    return checked;
  });
  if (!plan.ok) return plan;

  const writes = [
    ...plan.interruptions.map((r) => ['interruptions', r] as const),
    ...plan.blocks.map((b) => ['blocks', b] as const),
  ];
  const total = writes.length;
  onProgress({ phase: 'writing', done: 0, total });
  try {
    await guarded('storage_importHistory', async () => {
      for (let done = 0; done < total; ) {
        const chunk = writes.slice(done, done + IMPORT_CHUNK);
        const tx = db.transaction(['interruptions', 'blocks', 'kv', 'rollups'], 'readwrite');
        await Promise.all([
          // `add`, never `put`: a record that appeared meanwhile under the same id fails the import.
          ...chunk.map(([store, record]) =>
            store === 'blocks'
              ? tx.objectStore('blocks').add(record as (typeof plan.blocks)[number])
              : tx.objectStore('interruptions').add(record as (typeof plan.interruptions)[number]),
          ),
          changeRollups(
            tx.objectStore('rollups'),
            [],
            chunk.flatMap(([store, record]) => (store === 'interruptions' ? [record as Interruption] : [])),
          ),
          tx.objectStore('kv').put({ heartbeatAt: clock() }, 'importInProgress'),
          tx.done,
        ]);
        done += chunk.length;
        // Each chunk completes in its own event-loop task, so the page draws its progress and other
        // transactions run in between. No timer: a hidden tab throttles timers to one a second or less.
        onProgress({ phase: 'writing', done, total });
      }
      const tx = db.transaction('kv', 'readwrite');
      await Promise.all([tx.store.delete('importInProgress'), tx.store.delete('importIds'), tx.done]);
    });
  } catch (error) {
    await rollBackImport(now, true);
    throw error;
  }
  // Presence and working hours last: away spans are keyed by their start, so a repeat adds nothing.
  const workHoursAdopted = await importPresence(parsed.away, parsed.workHours);
  return { ok: true, imported: plan.interruptions.length, workHoursAdopted };
}
