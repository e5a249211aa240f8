/**
 * Isolated-world relay: tells the page's guard whether to hold (from storage, no service-worker
 * wake-up needed), and forwards the guard's signals to the background in batches, keeping each
 * batch until the background says it is stored.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { appForUrl, WATCHED_MATCHES } from '@/utils/apps';
import {
  FOCUS_STATE_KEY,
  grammarFor,
  guardModeFor,
  IDLE_FOCUS_STATE,
  type SharedFocusState,
} from '@/utils/focus-state';
import type { GuardSignal, GuardStateMessage } from '@/utils/guard-protocol';
import { send } from '@/utils/messages';
import { acceptSignal, SignalBudget } from '@/utils/signal-intake';

/** Enough for a burst of 1,000 real signals in a second; a flood of forged ones is cut off. */
const BURST = 2000;
const PER_SECOND = 1000;
const FLUSH_MS = 150;
const MAX_BATCH = 500;

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_start',
  main() {
    let state: SharedFocusState = IDLE_FOCUS_STATE;
    let known = false;
    const appId = () => appForUrl(location.href, state.customSites) ?? `custom:${location.origin}`;
    const postState = () => {
      if (!known) return;
      const message: GuardStateMessage & { grammar: string | null } = {
        source: 'heads-down-relay',
        type: 'state',
        mode: guardModeFor(state, appId(), Date.now()),
        rules: state.rules,
        grammar: grammarFor(state, appId()),
      };
      window.postMessage(message, location.origin === 'null' ? '*' : location.origin);
    };
    let endTimer: ReturnType<typeof setTimeout> | undefined;
    const adopt = (next: SharedFocusState | undefined) => {
      state = next ?? IDLE_FOCUS_STATE;
      known = true;
      postState();
      // The block's end is known ahead: release the page on time even if the worker is asleep.
      clearTimeout(endTimer);
      if (state.block && state.block.end > Date.now())
        endTimer = setTimeout(postState, Math.min(state.block.end - Date.now() + 50, 2 ** 31 - 1));
    };
    void browser.storage.local
      .get(FOCUS_STATE_KEY)
      .then((got) => adopt(got[FOCUS_STATE_KEY] as SharedFocusState | undefined));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[FOCUS_STATE_KEY])
        adopt(changes[FOCUS_STATE_KEY].newValue as SharedFocusState | undefined);
    });

    const budget = new SignalBudget(BURST, PER_SECOND, Date.now());
    const queue: GuardSignal[] = [];
    let reportedDrops = 0;
    let inFlight = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number) => {
      if (timer === undefined) timer = setTimeout(flush, delay);
    };
    let retryDelay = FLUSH_MS;
    /** The batch being delivered: resent unchanged, same id, until the background says it is stored. */
    let pending: { batchId: string; signals: GuardSignal[]; dropped: number } | null = null;
    async function flush(): Promise<void> {
      timer = undefined;
      if (inFlight || (!pending && queue.length === 0 && budget.dropped === reportedDrops)) return;
      inFlight = true;
      if (!pending) {
        pending = {
          batchId: crypto.randomUUID(),
          signals: queue.splice(0, MAX_BATCH),
          dropped: budget.dropped - reportedDrops,
        };
        reportedDrops += pending.dropped;
      }
      try {
        // A retried batch keeps its id, so the background never stores it twice.
        const reply = await send('signalObserved', pending);
        // Storage failed in the background (quota, aborted write): keep the batch and try again.
        if (!reply.ok && reply.retry) throw new Error(reply.error);
        pending = null;
        retryDelay = FLUSH_MS;
      } catch {
        // Worker stopped mid-message or extension reloading: keep the batch and try again.
        retryDelay = Math.min(retryDelay * 2, 5000);
      } finally {
        inFlight = false;
      }
      if (pending || queue.length > 0 || budget.dropped !== reportedDrops) schedule(retryDelay);
    }

    window.addEventListener('message', (event) => {
      if (event.source !== window) return;
      const data = event.data as { source?: unknown; type?: unknown; signal?: unknown } | null;
      if (typeof data !== 'object' || data === null || data.source !== 'heads-down-guard') return;
      if (data.type === 'hello') return postState();
      if (data.type !== 'signal') return;
      const now = Date.now();
      if (!budget.take(now)) return schedule(FLUSH_MS);
      const signal = acceptSignal(data.signal, now);
      if (!signal) return;
      queue.push(signal);
      schedule(queue.length >= MAX_BATCH ? 0 : FLUSH_MS);
    });
  },
});
