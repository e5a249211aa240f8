/** The popup's copy of the background's truth: fetched on open and again whenever focusState or the records change. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { changed, focusState, recordsRevision } from '@/utils/browser-storage';
import { type FocusStatus, send } from '@/utils/messages';

/** How long the popup waits for the background before it says it cannot reach it. */
export const STATUS_TIMEOUT_MS = 5000;

export interface StatusState {
  status: FocusStatus | null;
  /** The last fetch failed or timed out (the last good status, if any, stays shown). */
  failed: boolean;
  refresh: () => Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Fetches `getStatus` now, on every `focusState` write, and after every stored batch of signals. */
export function useFocusStatus(): StatusState {
  const [status, setStatus] = useState<FocusStatus | null>(null);
  const [failed, setFailed] = useState(false);
  // Replies can overtake each other; only the newest request may win.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const reply = await withTimeout(send('getStatus'), STATUS_TIMEOUT_MS);
      // A stub background answers undefined; treat anything without a clock as no answer.
      if (!reply || typeof reply.now !== 'number') throw new Error('no status');
      if (ticket === latest.current) {
        setStatus(reply);
        setFailed(false);
      }
    } catch {
      if (ticket === latest.current) setFailed(true);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      // A block starting or ending, or a stored batch of signals (a new held item, a new figure).
      if (changed(focusState, changes, area) || changed(recordsRevision, changes, area)) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  return { status, failed, refresh };
}
