/**
 * Imports a history file from an extension page (the report), not the service worker: a maximal
 * file (about 205,000 records) takes seconds to parse, check and write, and in the worker that was
 * one event during which it answered nothing else. Here the page's thread does the work.
 *
 * All or nothing: the whole file is parsed and checked field by field first (nothing open yet);
 * then one readwrite transaction reads what is stored, checks the records against it (no open,
 * future or overlapping block: utils/history-file.ts planImport) and adds them. Any failure aborts
 * that transaction, so nothing is written; the worker's own writes wait for it and cannot slip in
 * between the check and the write.
 */
import { guarded, openHeadsDownDb } from './db';
import { parseHistoryFile, planImport } from './history-file';

export type ImportProgress =
  | { phase: 'checking' }
  /** `done` of `total` records written (uncommitted until the transaction completes). */
  | { phase: 'writing'; done: number; total: number };

export type ImportResult = { ok: true; imported: number } | { ok: false; error: string };

/** How many writes complete between two progress reports (a report re-renders the page). */
const PROGRESS_STEP = 2_000;

export async function importHistoryFile(
  text: string,
  now: number,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportResult> {
  onProgress({ phase: 'checking' });
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return parsed;
  return guarded('import the history', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['interruptions', 'blocks'], 'readwrite');
    const interruptions = tx.objectStore('interruptions');
    const blocks = tx.objectStore('blocks');
    const [storedBlocks, storedIds] = await Promise.all([blocks.getAll(), interruptions.getAllKeys()]);
    const plan = planImport(parsed, { blocks: storedBlocks, interruptionIds: new Set(storedIds) }, now);
    if (!plan.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return plan;
    }
    const total = plan.interruptions.length + plan.blocks.length;
    let done = 0;
    const written = () => {
      done++;
      if (done % PROGRESS_STEP === 0 || done === total) onProgress({ phase: 'writing', done, total });
    };
    onProgress({ phase: 'writing', done: 0, total });
    // Every request is queued at once (awaiting each would add a round trip per record); the
    // transaction completes only if all of them succeed.
    const writes = [
      ...plan.interruptions.map((r) => interruptions.add(r).then(written)),
      ...plan.blocks.map((b) => blocks.add(b).then(written)),
    ];
    await Promise.all([...writes, tx.done]);
    return { ok: true as const, imported: plan.interruptions.length };
  });
}
