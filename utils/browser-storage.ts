/**
 * Every key Heads Down keeps in `browser.storage` (local, session, sync), typed, with the value a
 * missing key reads as. The key strings are written here and nowhere else. Records (blocks,
 * interruptions, settings, schedule) live in IndexedDB (utils/db.ts); storage holds only what content
 * scripts must read without waking the worker, what must outlive a worker stop, and small markers.
 *
 * Hand-written rather than `@wxt-dev/storage`: the relay (a content script in every watched page)
 * imports its one item from here, and each item is a few bytes it does not pay for unless used
 * (`@__PURE__`, so bundlers drop the items a script does not import).
 */
import { browser } from 'wxt/browser';
import type { SharedFocusState } from './focus-state';

type Area = 'local' | 'session' | 'sync';
type Changes = Record<string, { newValue?: unknown } | undefined>;

export interface StorageItem<T> {
  readonly area: Area;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** The new value when a `storage.onChanged` event changed this item (the fallback when removed). */
  changed(changes: Changes, area: string): { value: T } | null;
}

function item<T>(area: Area, key: string, fallback: T): StorageItem<T> {
  return {
    area,
    key,
    get: async () => ((await browser.storage[area].get(key))[key] as T | undefined) ?? fallback,
    set: (value) => browser.storage[area].set({ [key]: value }),
    remove: () => browser.storage[area].remove(key),
    changed: (changes, changedArea) =>
      changedArea === area && changes[key] ? { value: (changes[key].newValue as T | undefined) ?? fallback } : null,
  };
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
export const storageVersion = /* @__PURE__ */ item<number>('local', 'storageVersion', 0);

/** local: what content scripts read to know whether to hold (utils/focus-state.ts); null before the first publish. */
export const focusState = /* @__PURE__ */ item<SharedFocusState | null>('local', 'focusState', null);

/** local: the last storage failure, worded (utils/db.ts StorageError), until the person dismisses it. */
export const storageError = /* @__PURE__ */ item<string | null>('local', 'storageError', null);

/** local: signals pages sent past the rate cap (utils/signal-intake.ts), added up until the person dismisses it. */
export const droppedSignals = /* @__PURE__ */ item<number>('local', 'droppedSignals', 0);

/** local: which tabs the running block muted or left alone (entrypoints/background/holding.ts). */
export const muteMemory = /* @__PURE__ */ item<MuteMemory>('local', 'muteMemory', { mutedByUs: [], leftAlone: [] });

/** local: the last digest shown (entrypoints/background/digest.ts). */
export const lastDigest = /* @__PURE__ */ item<LastDigest | null>('local', 'lastDigest', null);

/** local: when retention last ran, so the wake path runs it at most daily. */
export const retentionAt = /* @__PURE__ */ item<number>('local', 'retentionAt', 0);

/** session: the watched-tab visit in progress; session storage outlives a worker stop, not the browser. */
export const visit = /* @__PURE__ */ item<Visit | null>('session', 'visit', null);

/**
 * session: a revision of the stored records that extension pages listen to: the background bumps it
 * after it stores a batch of signals, so an open popup redraws its held list and figures at once.
 * Content scripts cannot see storage.session (the default access level), so bumping it wakes no page
 * script and nothing of it reaches a page.
 */
export const recordsRevision = /* @__PURE__ */ item<number>('session', 'recordsRevision', 0);

/** sync: the schedule mirrored across the person's browsers (unvalidated: another browser wrote it). */
export const syncedSchedule = /* @__PURE__ */ item<unknown>('sync', 'schedule', undefined);
