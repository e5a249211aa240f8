/**
 * Per-day rollups of the interruptions: for each UTC day, the four fields every report figure reads
 * (when, what kind, which app, how many messages), column by column in typed arrays. The report reads
 * one rollup per day instead of a few hundred records (a structured clone of typed arrays is a copy,
 * not an object per field), and computes every figure from them with the same functions it would use
 * on the records: the working-day figures (utils/workday.ts) need only each event's time and kind,
 * so figures from rollups equal figures from records for any working hours, away time, schedule or
 * time zone. That is also why the day is a UTC day and not a local one: a local day (23 to 25 hours,
 * any offset) is read as the two or three UTC days it touches and cut at its own bounds, so a change
 * of zone changes nothing stored.
 *
 * Kept in the same transaction as every write of the records (utils/records.ts, utils/history-import.ts,
 * entrypoints/background/store-signals.ts), and built from the records by the version 4 migration
 * (utils/db.ts), which marks them complete (kv `rollupsComplete`). A writer that goes around this
 * module (a test or the bench seeding the stores directly) deletes that mark with its write, and the
 * report rebuilds every rollup before it reads one (utils/report-query.ts readReportRange).
 */
import type { Interruption, InterruptionKind } from './model';

export const ROLLUP_DAY_MS = 86_400_000;

/** What the report's figures read of an interruption. */
export type ReportEvent = Pick<Interruption, 'at' | 'kind' | 'appId' | 'messages'>;

/** A ReportEvent with the id of its record, so a later write of that record replaces it. */
export type RolledUpEvent = ReportEvent & Pick<Interruption, 'id'>;

export interface DayRollup {
  /** The UTC day: floor(at / 86,400,000). The key. */
  day: number;
  /** Ids of the day's records, ordered by (at, id) as the `byAt` index orders them. */
  ids: string[];
  at: Float64Array;
  /** Index into KIND_CODES. */
  kind: Uint8Array;
  /** Index into `apps`. */
  app: Uint32Array;
  apps: string[];
  /** Float64, so any stored value (even one a figure skips as not finite) reads back as it was. */
  messages: Float64Array;
}

const KIND_CODES: readonly InterruptionKind[] = ['delivered', 'held', 'breakthrough', 'peek'];

/** The UTC day of an instant; null for a time the `byAt` index cannot hold (the report never reads those). */
export function rollupDay(at: unknown): number | null {
  return typeof at === 'number' && Number.isFinite(at) ? Math.floor(at / ROLLUP_DAY_MS) : null;
}

const byAtOrder = (a: RolledUpEvent, b: RolledUpEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rollup of one day's events (all with rollupDay(at) === day). */
export function buildRollup(day: number, events: readonly RolledUpEvent[]): DayRollup {
  const sorted = [...events].sort(byAtOrder);
  const apps: string[] = [];
  const appIndex = new Map<string, number>();
  const rollup: DayRollup = {
    day,
    ids: sorted.map((e) => e.id),
    at: new Float64Array(sorted.length),
    kind: new Uint8Array(sorted.length),
    app: new Uint32Array(sorted.length),
    apps,
    messages: new Float64Array(sorted.length),
  };
  sorted.forEach((e, i) => {
    let a = appIndex.get(e.appId);
    if (a === undefined) {
      a = apps.push(e.appId) - 1;
      appIndex.set(e.appId, a);
    }
    const kind = KIND_CODES.indexOf(e.kind);
    if (kind < 0) throw new Error(`unknown interruption kind ${String(e.kind)}`);
    rollup.at[i] = e.at;
    rollup.kind[i] = kind;
    rollup.app[i] = a;
    rollup.messages[i] = e.messages;
  });
  return rollup;
}

/** The day's events back, in the `byAt` index's order. */
export function rollupEvents(rollup: DayRollup): RolledUpEvent[] {
  return rollup.ids.map((id, i) => ({
    id,
    at: rollup.at[i]!,
    kind: KIND_CODES[rollup.kind[i]!]!,
    appId: rollup.apps[rollup.app[i]!]!,
    messages: rollup.messages[i]!,
  }));
}

/** The fields a rollup keeps of a record. */
export function rolledUp(record: Interruption): RolledUpEvent {
  return { id: record.id, at: record.at, kind: record.kind, appId: record.appId, messages: record.messages };
}

/** Groups records by UTC day (records without a finite time are left out, as the index leaves them out). */
export function byRollupDay(records: Iterable<Interruption>): Map<number, RolledUpEvent[]> {
  const days = new Map<number, RolledUpEvent[]>();
  for (const record of records) {
    const day = rollupDay(record.at);
    if (day === null) continue;
    const list = days.get(day);
    if (list) list.push(rolledUp(record));
    else days.set(day, [rolledUp(record)]);
  }
  return days;
}

/** The part of an IndexedDB store (idb) this module uses: rollups keyed by day. */
export interface RollupStore {
  get(day: number): Promise<DayRollup | undefined>;
  put(rollup: DayRollup): Promise<unknown>;
  delete(day: number): Promise<unknown>;
}

/**
 * Applies a write of the records to the rollups, in the caller's transaction: `removed` are the
 * records as they were before (deleted or about to be replaced), `added` as they are now.
 */
export async function changeRollups(
  store: RollupStore,
  removed: Iterable<Interruption>,
  added: Iterable<Interruption>,
): Promise<void> {
  const gone = byRollupDay(removed);
  const come = byRollupDay(added);
  const days = new Set([...gone.keys(), ...come.keys()]);
  await Promise.all(
    [...days].map(async (day) => {
      const stored = await store.get(day);
      const events = new Map((stored ? rollupEvents(stored) : []).map((e) => [e.id, e]));
      for (const e of gone.get(day) ?? []) events.delete(e.id);
      for (const e of come.get(day) ?? []) events.set(e.id, e);
      if (events.size === 0) {
        if (stored) await store.delete(day);
      } else await store.put(buildRollup(day, [...events.values()]));
    }),
  );
}

/** The part of an interruptions store this module uses. */
export interface InterruptionStore {
  get(id: string): Promise<Interruption | undefined>;
  put(record: Interruption): Promise<unknown>;
}

/** Puts records and keeps their rollups, in the caller's transaction (which holds both stores). */
export async function putWithRollups(
  interruptions: InterruptionStore,
  rollups: RollupStore,
  records: readonly Interruption[],
): Promise<void> {
  const before = await Promise.all(records.map((r) => interruptions.get(r.id)));
  await Promise.all(records.map((r) => interruptions.put(r)));
  await changeRollups(
    rollups,
    before.filter((r): r is Interruption => r !== undefined),
    records,
  );
}
