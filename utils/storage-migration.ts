/**
 * What brings storage.local written by an earlier version up to the layout of
 * utils/browser-storage.ts; entrypoints/background/migrate-storage.ts applies it when the extension
 * is updated. Pure; keys retired here are named here only.
 */
import { droppedSignals, STORAGE_VERSION, storageError, storageVersion } from './browser-storage';

/**
 * Keys versions before 1 wrote and nothing reads: the install time, the zone at the last wake (a
 * zone change is noticed by recomputing on every wake), and a bench counter of alarms created (the
 * bench now counts them in the browser, bench/alarms.ts).
 */
export const RETIRED_KEYS = ['installedAt', 'lastZone', 'alarmsCreated'] as const;

/** Versions before 1 stored the flood warning as English text under the storage error's key. */
const OLD_FLOOD_WARNING = /^A page sent more signals than Heads Down accepts; (\d+) were not counted\.$/;

export interface MigrationPlan {
  remove: string[];
  set: Record<string, unknown>;
}

/** What to change in `stored` (all of storage.local) to reach STORAGE_VERSION; empty when it is there. */
export function migrationPlan(stored: Readonly<Record<string, unknown>>): MigrationPlan {
  const version = typeof stored[storageVersion.key] === 'number' ? (stored[storageVersion.key] as number) : 0;
  if (version >= STORAGE_VERSION) return { remove: [], set: {} };
  const remove: string[] = RETIRED_KEYS.filter((key) => key in stored);
  const set: Record<string, unknown> = { [storageVersion.key]: STORAGE_VERSION };
  const error = stored[storageError.key];
  const flood = typeof error === 'string' ? OLD_FLOOD_WARNING.exec(error) : null;
  if (flood) {
    // The warning moves to its own key, as the count the popup words; a real storage error stays.
    remove.push(storageError.key);
    const counted = stored[droppedSignals.key];
    if (typeof counted !== 'number' || counted <= 0) set[droppedSignals.key] = Number(flood[1]);
  }
  return { remove, set };
}
