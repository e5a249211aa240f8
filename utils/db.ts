/**
 * The one IndexedDB schema of Heads Down, with its ordered migrations.
 * Every context that reads or writes data goes through this module.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { buildRollup, byRollupDay, type DayRollup, type RolledUpEvent } from './day-rollups';
import type { MessageKey } from './locale-keys';
import type { FocusBlock, Interruption, ScheduleRule } from './model';
import type { Settings } from './settings';
import { type Message, say, type Wording } from './wording';

export const DB_NAME = 'heads-down';
export const DB_VERSION = 4;

export interface StoredRule extends ScheduleRule {
  id: string;
  /** Position in the editor. */
  order: number;
}

/** Exceptions to the weekly schedule and hand-started blocks; the input of the focus engine. */
export interface FocusOverrides {
  /** Hand-started intervals (start, end) that are not over yet. */
  manual: Array<{ start: number; end: number }>;
  /** Scheduled windows that must not run (skipped, or ended early), by their start. */
  suppressed: Array<{ start: number; end: number }>;
  /** The schedule is paused until this time (scheduled windows starting before it do not run). */
  pausedUntil: number | null;
  /** Early ends of strict blocks, to limit them per week. */
  strictEarlyEnds: number[];
}

export const EMPTY_OVERRIDES: FocusOverrides = { manual: [], suppressed: [], pausedUntil: null, strictEarlyEnds: [] };

interface KvValues {
  settings: Settings;
  overrides: FocusOverrides;
  /** Ids of the latest signal batches stored, so a batch retried after a worker stop is not stored twice. */
  batches: string[];
  /** The latest interruption id per tab, where the next signal of that tab may join. */
  recentByTab: Record<string, string>;
  /**
   * The id of the block the worker opened and has not ended (null when none runs). Written with the
   * block itself (utils/records.ts putBlock), so the running block is found by identity, never
   * guessed from start times that an import or a clock change could put anywhere.
   */
  runningBlockId: string | null;
  /**
   * A history import the report page is writing in chunks (utils/history-import.ts): while it is
   * here the import is not finished, and if its heartbeat stops it is rolled back.
   */
  importInProgress: { heartbeatAt: number };
  /** The ids that import adds, so a rollback removes exactly them. */
  importIds: { interruptionIds: string[]; blockIds: string[] };
  /** When the person went away (idle or locked), while they still are; null or absent when present. */
  awaySince: number | null;
  /**
   * Present (true) when every stored interruption is in its day's rollup (utils/day-rollups.ts): put
   * with the rollups by the version 4 migration or a rebuild (rebuildAllRollups), and kept true by
   * every writer of the records, which changes records and rollups in one transaction. A writer that
   * goes around the rollups (a test or the bench filling the stores directly) deletes it in its own
   * transaction; the report then rebuilds every rollup before it reads one (utils/report-query.ts).
   */
  rollupsComplete: true;
}

/** A time the person was away from the computer: [start, end), epoch ms. */
export interface AwaySpan {
  start: number;
  end: number;
}

export interface HeadsDownDb extends DBSchema {
  rules: { key: string; value: StoredRule };
  blocks: { key: string; value: FocusBlock; indexes: { byStart: number } };
  interruptions: {
    key: string;
    value: Interruption;
    indexes: { byAt: number; byState: string; byBlock: string };
  };
  kv: { key: keyof KvValues; value: KvValues[keyof KvValues] };
  away: { key: number; value: AwaySpan; indexes: { byEnd: number } };
  /** Per-UTC-day rollups of the interruptions, for the report (utils/day-rollups.ts). */
  rollups: { key: number; value: DayRollup };
}

type Db = IDBPDatabase<HeadsDownDb>;
/** A readonly transaction the caller holds, for the readers that share one (the report's week). */
export type ReadTx = IDBPTransaction<HeadsDownDb, Array<StoreNames<HeadsDownDb>>, 'readonly'>;

/**
 * Migrations, in order: entry n upgrades a database at version n to n + 1.
 * Never edit a shipped step; add a new one.
 */
// biome-ignore lint/suspicious/noExplicitAny: idb types the upgrade transaction per store list; each step touches different stores.
export const MIGRATIONS: Array<(db: Db, tx: any) => void> = [
  // 0 → 1: the first schema.
  (db) => {
    db.createObjectStore('rules', { keyPath: 'id' });
    const blocks = db.createObjectStore('blocks', { keyPath: 'id' });
    blocks.createIndex('byStart', 'start');
    const interruptions = db.createObjectStore('interruptions', { keyPath: 'id' });
    interruptions.createIndex('byAt', 'at');
    db.createObjectStore('kv');
  },
  // 1 → 2: the held list and the per-block digest read by index instead of scanning history.
  (_db, tx) => {
    const store = tx.objectStore('interruptions');
    store.createIndex('byState', 'state');
    store.createIndex('byBlock', 'blockId');
  },
  // 2 → 3: presence. Away spans keyed by start; read by end, since one can last a whole weekend.
  (db) => {
    db.createObjectStore('away', { keyPath: 'start' }).createIndex('byEnd', 'end');
  },
  // 3 → 4: per-day rollups for the report, built from every stored interruption (and marked complete).
  (db, tx) => {
    db.createObjectStore('rollups', { keyPath: 'day' });
    rebuildRollups(tx.objectStore('interruptions'), tx.objectStore('rollups'), tx.objectStore('kv')).catch(() =>
      tx.abort(),
    );
  },
];

/** Records read per request while rebuilding, so a long history is never one huge array. */
const REBUILD_BATCH = 10_000;

/**
 * Builds every day's rollup from the interruptions, in the caller's transaction (the upgrade's, or
 * rebuildAllRollups'), replacing any rollup there was, and marks them complete.
 */
// biome-ignore lint/suspicious/noExplicitAny: the upgrade transaction's stores, as in MIGRATIONS.
async function rebuildRollups(interruptions: any, rollups: any, kv: any): Promise<void> {
  await rollups.clear();
  const days = new Map<number, RolledUpEvent[]>();
  let after: string | null = null;
  for (;;) {
    const batch: Interruption[] = await interruptions.getAll(
      after === null ? null : IDBKeyRange.lowerBound(after, true),
      REBUILD_BATCH,
    );
    for (const [day, events] of byRollupDay(batch)) days.set(day, [...(days.get(day) ?? []), ...events]);
    if (batch.length < REBUILD_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  await Promise.all([...days].map(([day, events]) => rollups.put(buildRollup(day, events))));
  await kv.put(true, 'rollupsComplete');
}

/**
 * Rebuilds every rollup from the records and marks them complete, in one transaction: after a writer
 * went around the rollups (KvValues.rollupsComplete). Writers of the records wait for it, so no write
 * falls between the read of the records and the rollups built from them.
 */
export async function rebuildAllRollups(): Promise<void> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'rollups', 'kv'], 'readwrite');
  try {
    await rebuildRollups(tx.objectStore('interruptions'), tx.objectStore('rollups'), tx.objectStore('kv'));
  } catch (error) {
    // A record the rollups cannot hold: keep what was stored (no half-built rollups), unmarked.
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
}

let dbPromise: Promise<Db> | null = null;

/** Opens (and upgrades) the database; the promise is shared by the whole context. */
export function openHeadsDownDb(version = DB_VERSION): Promise<Db> {
  if (!dbPromise || version !== DB_VERSION) {
    const opening = openDB<HeadsDownDb>(DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
      },
      blocking() {
        // A newer version of the extension wants to upgrade: let it.
        void opening.then((db) => db.close());
        dbPromise = null;
      },
    });
    if (version !== DB_VERSION) return opening;
    dbPromise = opening;
    opening.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}

/** Forgets the cached connection (tests give each case a fresh IDBFactory). */
export function forgetDbConnection(): void {
  dbPromise = null;
}

/** What was being stored when storage failed, as the message that says it could not be done. */
export type StorageAction = Extract<MessageKey, `storage_${string}`>;

/**
 * A storage failure (quota, abort), keeping the cause; `worded` says it in the shown language
 * (locales/en/history.json, `storage*`). `message` is for the console only.
 */
export class StorageError extends Error {
  readonly action: StorageAction;
  readonly reason: Message;

  constructor(action: StorageAction, cause: unknown) {
    const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
    const detail = cause instanceof Error || cause instanceof DOMException ? cause.message : String(cause);
    super(`${action}: ${name || 'Error'} ${detail}`);
    this.name = 'StorageError';
    this.cause = cause;
    this.action = action;
    this.reason =
      name === 'QuotaExceededError'
        ? { key: 'storageReason_full' }
        : name === 'AbortError'
          ? { key: 'storageReason_aborted' }
          : // The browser's own words about what went wrong: there is nothing better to say.
            { key: 'storageReason_browser', args: [detail] };
  }

  /** The failure in the words of `wording`: what could not be done, and why. */
  worded(wording: Pick<Wording, 't'>): string {
    return say(wording, { key: 'storageError', args: [{ key: this.action }, this.reason] });
  }
}

/**
 * What went wrong, for a page to show: a storage failure in the words of `wording`, anything else in
 * the thrower's own words (a browser API's message; there is nothing better to say).
 */
export function failureText(error: unknown, wording: Pick<Wording, 't'>): string {
  if (error instanceof StorageError) return error.worded(wording);
  return error instanceof Error ? error.message : String(error);
}

/** Runs a storage step and turns any failure into a StorageError. */
export async function guarded<T>(action: StorageAction, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(action, error);
  }
}

export async function readKv<K extends keyof KvValues>(key: K): Promise<KvValues[K] | undefined> {
  const db = await openHeadsDownDb();
  return (await db.get('kv', key)) as KvValues[K] | undefined;
}

export async function writeKv<K extends keyof KvValues>(key: K, value: KvValues[K]): Promise<void> {
  await guarded(key === 'settings' ? 'storage_saveSettings' : 'storage_saveState', async () => {
    const db = await openHeadsDownDb();
    await db.put('kv', value, key);
  });
}
