/**
 * The popup's copy of the background's truth: the snapshot in storage.session first (one read, no
 * worker woken), then every rewrite of it, and getStatus once for the figures that grow with time.
 */
import { browser } from 'wxt/browser';
import { type FocusStatus, send } from '@/utils/messages';
import { readPopupSnapshot, snapshotInChange } from '@/utils/popup-snapshot';

/** How long the popup waits for the background before it says it cannot reach it. */
export const STATUS_TIMEOUT_MS = 5000;

export interface StatusListener {
  /** A newer status (from the snapshot or the background). */
  status: (status: FocusStatus) => void;
  /** The background did not answer getStatus (the last good status, if any, stays shown). */
  failed: () => void;
}

export interface StatusFeed {
  /** Asks the background now (on open, after a command, on "try again"). */
  refresh: () => Promise<void>;
  stop: () => void;
}

/** The snapshot the background keeps, or null (fresh install, browser restart): the first paint's data. */
export function readSnapshot(): Promise<FocusStatus | null> {
  return readPopupSnapshot(browser.storage.session);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Listens to snapshot rewrites; `refresh` asks getStatus. */
export function watchStatus(listener: StatusListener): StatusFeed {
  // Replies and snapshots can overtake each other; only the newest request or rewrite may win.
  let latest = 0;
  const refresh = async () => {
    const ticket = ++latest;
    try {
      const reply = await withTimeout(send('getStatus'), STATUS_TIMEOUT_MS);
      // A stub background answers undefined; treat anything without a clock as no answer.
      if (!reply || typeof reply.now !== 'number') throw new Error('no status');
      if (ticket === latest) listener.status(reply);
    } catch {
      if (ticket === latest) listener.failed();
    }
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const status = snapshotInChange(changes, area);
    if (!status) return;
    // Written after the change it shows: newer than any answer still on its way.
    latest++;
    listener.status(status);
  };
  browser.storage.onChanged.addListener(onChanged);
  return { refresh, stop: () => browser.storage.onChanged.removeListener(onChanged) };
}
