/**
 * Every key Heads Down keeps in `browser.storage` (local, session, sync), typed, with the value a
 * missing key reads as. The key strings are written here and nowhere else. Records (blocks,
 * interruptions, settings, schedule) live in IndexedDB (utils/db.ts); storage holds only what content
 * scripts must read without waking the worker, what must outlive a worker stop, and small markers.
 *
 * Hand-written rather than `@wxt-dev/storage`: the relay (a content script in every watched page)
 * imports its one item from here: items are plain constants and the accessors free functions, so a
 * bundle holds only those it uses (measured: the relay grows by a few bytes, gzip).
 */
import { browser } from 'wxt/browser';
import type { SharedFocusState } from './focus-state';

type Area = 'local' | 'session' | 'sync';
type Changes = Record<string, { newValue?: unknown } | undefined>;

/** One key: where it lives and what a missing value reads as. Read and write it with the functions below. */
export interface StorageItem<T> {
  readonly area: Area;
  readonly key: string;
  readonly fallback: T;
}

/** The item's value, or its fallback when it is not stored. */
export async function read<T>(it: StorageItem<T>): Promise<T> {
  return ((await browser.storage[it.area].get(it.key))[it.key] as T | undefined) ?? it.fallback;
}

export function write<T>(it: StorageItem<T>, value: T): Promise<void> {
  return browser.storage[it.area].set({ [it.key]: value });
}

export function remove(it: StorageItem<unknown>): Promise<void> {
  return browser.storage[it.area].remove(it.key);
}

/** The item's change in a `storage.onChanged` event, if it changed (`newValue` is absent when it was removed). */
export function changed<T>(it: StorageItem<T>, changes: Changes, area: string): { newValue?: T } | undefined {
  return area === it.area ? (changes[it.key] as { newValue?: T } | undefined) : undefined;
}

/** Tabs Heads Down muted (so only those are unmuted), and tabs left alone (a call, or the person unmuted them). */
export interface MuteMemory {
  mutedByUs: number[];
  leftAlone: number[];
  /** When a tab was left alone for being audible, to tell a beep from a call. */
  audibleSince?: Record<string, number>;
  /** Tabs whose page scripts belong to an earlier version of the extension, until they load again. */
  orphaned?: number[];
}

/** The last digest notification shown, so a click on it knows what it offered. */
export interface LastDigest {
  id: string;
  blockId: string;
  title: string;
  message: string;
  busiestAppId: string | null;
  held: number;
  messages: number;
  at: number;
  /** Whether it was shown with buttons; without them a click on it does the first button's action. */
  withButtons?: boolean;
}

/** The visit to a watched tab in progress during a block (entrypoints/background/peeks.ts). */
export interface Visit {
  tabId: number;
  appId: string;
  blockId: string;
  at: number;
}

/** The layout of the keys below; utils/storage-migration.ts brings older layouts up to it. */
export const STORAGE_VERSION = 1;

/** local: the layout version the stored keys follow (absent before version 1). */
export const storageVersion: StorageItem<number> = { area: 'local', key: 'storageVersion', fallback: 0 };

/** local: what content scripts read to know whether to hold (utils/focus-state.ts); null before the first publish. */
export const focusState: StorageItem<SharedFocusState | null> = { area: 'local', key: 'focusState', fallback: null };

/** local: the last storage failure, worded (utils/db.ts StorageError), until the person dismisses it. */
export const storageError: StorageItem<string | null> = { area: 'local', key: 'storageError', fallback: null };

/** local: signals pages sent past the rate cap (utils/signal-intake.ts), added up until the person dismisses it. */
export const droppedSignals: StorageItem<number> = { area: 'local', key: 'droppedSignals', fallback: 0 };

/** local: which tabs the running block muted or left alone (entrypoints/background/holding.ts). */
export const muteMemory: StorageItem<MuteMemory> = {
  area: 'local',
  key: 'muteMemory',
  fallback: { mutedByUs: [], leftAlone: [] },
};

/** local: the last digest shown (entrypoints/background/digest.ts). */
export const lastDigest: StorageItem<LastDigest | null> = { area: 'local', key: 'lastDigest', fallback: null };

/** local: when retention last ran, so the wake path runs it at most daily. */
export const retentionAt: StorageItem<number> = { area: 'local', key: 'retentionAt', fallback: 0 };

/** session: the watched-tab visit in progress; session storage outlives a worker stop, not the browser. */
export const visit: StorageItem<Visit | null> = { area: 'session', key: 'visit', fallback: null };

/**
 * session: the popup's status as the background last worked it out, so the popup paints from one
 * read without waking the worker (utils/popup-snapshot.ts checks its shape and says why). Content
 * scripts cannot see storage.session (the default access level): nothing of it reaches a page.
 */
export const popupSnapshot: StorageItem<unknown> = { area: 'session', key: 'popupStatus', fallback: null };

/** sync: the schedule mirrored across the person's browsers (unvalidated: another browser wrote it). */
export const syncedSchedule: StorageItem<unknown> = { area: 'sync', key: 'schedule', fallback: undefined };
