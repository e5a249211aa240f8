/**
 * The popup's status as the background last worked it out, kept in storage.session so the popup can
 * paint from one storage read without waking the service worker (issue 12). storage.session is
 * cleared when the browser restarts and, at its default access level, is not readable by content
 * scripts: nothing of it reaches a web page. The background rewrites it whenever what it shows
 * changes (entrypoints/background/popup-snapshot.ts); the popup still asks getStatus once for the
 * figures that grow with time.
 */
import { popupSnapshot } from './browser-storage';
import type { FocusStatus } from './messages';

export const POPUP_SNAPSHOT_KEY = popupSnapshot.key;

/** The part of a StorageArea the snapshot needs (browser.storage.session, or a fake in tests). */
export interface SnapshotArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** A stored value that has the shape of a FocusStatus (a snapshot from an older version may not). */
export function isFocusStatus(value: unknown): value is FocusStatus {
  const v = value as Partial<FocusStatus> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.now === 'number' &&
    Array.isArray(v.held) &&
    typeof v.today === 'object' &&
    typeof v.workHours === 'object' &&
    typeof v.appNames === 'object'
  );
}

/** The stored snapshot, or null when there is none (fresh install, browser restart) or it is unreadable. */
export async function readPopupSnapshot(area: SnapshotArea): Promise<FocusStatus | null> {
  try {
    const value = (await area.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY];
    return isFocusStatus(value) ? value : null;
  } catch {
    return null;
  }
}

export function writePopupSnapshot(area: SnapshotArea, status: FocusStatus): Promise<void> {
  return area.set({ [POPUP_SNAPSHOT_KEY]: status });
}

export function clearPopupSnapshot(area: SnapshotArea): Promise<void> {
  return area.remove(POPUP_SNAPSHOT_KEY);
}

/**
 * The new snapshot in a storage.onChanged event: the status, null when it was removed, undefined
 * when the event is not about it.
 */
export function snapshotInChange(
  changes: Record<string, { newValue?: unknown }>,
  areaName: string,
): FocusStatus | null | undefined {
  if (areaName !== 'session' || !(POPUP_SNAPSHOT_KEY in changes)) return undefined;
  const value = changes[POPUP_SNAPSHOT_KEY]?.newValue;
  return isFocusStatus(value) ? value : null;
}

/** Two statuses show the same thing (`now`, the moment each was worked out, aside). */
export function sameStatus(a: FocusStatus, b: FocusStatus): boolean {
  return JSON.stringify({ ...a, now: 0 }) === JSON.stringify({ ...b, now: 0 });
}
