/**
 * Isolated-world relay: tells the page's guard whether to hold (from storage, no service-worker
 * wake-up needed), and forwards the guard's signals to the background, keeping each batch until
 * the background says it is stored. It talks to the guard only through a private element handed
 * over before any page script runs (utils/guard-protocol.ts). Which app the page is comes from the
 * guard in that handover, so the relay carries no app catalog. Declared in the manifest by
 * utils/watched-scripts.ts.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { changed, focusState, read } from '@/utils/browser-storage';
import { grammarFor, guardModeFor, IDLE_FOCUS_STATE, type SharedFocusState } from '@/utils/focus-state';
import {
  type GuardSignal,
  type GuardStateMessage,
  HELLO_EVENT,
  LINK_EVENT,
  READY_EVENT,
  SIGNAL_EVENT,
  STATE_EVENT,
} from '@/utils/guard-protocol';
import { sendOnce } from '@/utils/messages';
import { signalBudget } from '@/utils/signal-intake';

/**
 * The longest signal the guard sends: a notification's title and body are cut to TEXT_LIMIT
 * (utils/guard-protocol.ts) in the guard, so even escaped as JSON they stay far below this.
 */
const MAX_SIGNAL_CHARS = 10_000;
/** Enough for a burst of 1,000 real signals in a second; a flood of forged ones is cut off. */
const BURST = 2000;
const PER_SECOND = 1000;
/** Outside a block signals are only counted, so they wait a moment to travel together. */
const FLUSH_MS = 150;
const MAX_BATCH = 500;
const MAX_RETRY_MS = 5000;
/** While holding, how often the relay checks that its extension still exists (an update orphans it). */
const ALIVE_CHECK_MS = 2000;

export default defineUnlistedScript(() => {
  const link = document.createElement('span');
  /** The page's app as the guard names it when it takes the link (before any page script runs). */
  let guardAppId: string | null = null;
  const onHello = (event: Event) => {
    const detail = (event as CustomEvent).detail;
    if (typeof detail === 'string' && detail.length < 300) guardAppId = detail;
    link.removeEventListener(HELLO_EVENT, onHello);
  };
  link.addEventListener(HELLO_EVENT, onHello);
  // The guard takes the link by cancelling the event. If it is not listening yet, it announces
  // itself when it starts (still before any page script) and gets the link then; after that,
  // READY_EVENT does nothing, so a page can never obtain it. The link is in the document only
  // while the event bubbles to the guard's listener on `document`.
  const handOver = (): boolean => {
    document.documentElement.append(link);
    const taken = !link.dispatchEvent(new Event(LINK_EVENT, { bubbles: true, cancelable: true }));
    link.remove();
    if (taken) document.removeEventListener(READY_EVENT, handOver);
    return taken;
  };
  if (!handOver()) document.addEventListener(READY_EVENT, handOver);
  const tell = (message: GuardStateMessage) =>
    link.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: JSON.stringify(message) }));

  const extensionAlive = (): boolean => {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  };
  let stoodDown = false;
  let state: SharedFocusState | null = null;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let aliveTimer: ReturnType<typeof setInterval> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without a guard's word (none answered) the page is taken for a custom site, as the guard would.
  const appId = () => guardAppId ?? `custom:${frameOrigin()}`;

  /** The extension was updated or removed: this relay can store nothing, so the page is let go. */
  const standDown = () => {
    if (stoodDown) return;
    stoodDown = true;
    clearTimeout(endTimer);
    clearTimeout(timer);
    clearInterval(aliveTimer);
    tell({ mode: 'off', grammar: null, holdUntil: null });
  };

  /**
   * Tells the guard its mode, and times the block's end ahead: the page is let go at that very
   * moment, even if the worker sleeps (a timer that fires a moment early only times the rest).
   */
  const postState = () => {
    if (!state || stoodDown) return;
    const now = Date.now();
    const mode = guardModeFor(state, appId(), now);
    const end = state.block?.end;
    tell({ mode, grammar: grammarFor(state, appId()), holdUntil: mode === 'hold' ? (end ?? null) : null });
    clearInterval(aliveTimer);
    if (mode === 'hold')
      aliveTimer = setInterval(() => {
        if (!extensionAlive()) standDown();
      }, ALIVE_CHECK_MS);
    clearTimeout(endTimer);
    if (end !== undefined && end > now) endTimer = setTimeout(postState, Math.min(end - now, 2 ** 31 - 1));
  };
  const adopt = (next: SharedFocusState | null | undefined) => {
    state = next ?? IDLE_FOCUS_STATE;
    postState();
  };
  void read(focusState).then(adopt).catch(standDown);
  browser.storage.onChanged.addListener((changes, area) => {
    const next = changed(focusState, changes, area);
    if (next) adopt(next.newValue);
  });

  const allow = signalBudget(BURST, PER_SECOND, Date.now());
  const queue: GuardSignal[] = [];
  /** Signals the budget turned away since the last batch: the background counts them. */
  let dropped = 0;
  let inFlight = false;
  const schedule = (delay: number) => {
    if (timer === undefined && !stoodDown) timer = setTimeout(flush, delay);
  };
  let retryDelay = FLUSH_MS;
  type Batch = { batchId: string; signals: GuardSignal[]; dropped: number };
  const nextBatch = (): Batch => {
    const batch = { batchId: crypto.randomUUID(), signals: queue.splice(0, MAX_BATCH), dropped };
    dropped = 0;
    return batch;
  };
  const unsent = () => queue.length > 0 || dropped > 0;
  /** The batch being delivered: resent unchanged, same id, until the background says it is stored. */
  let pending: Batch | null = null;
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight || stoodDown || (!pending && !unsent())) return;
    inFlight = true;
    pending ??= nextBatch();
    try {
      // A retried batch keeps its id, so the background never stores it twice.
      const reply = await sendOnce('signalObserved', pending);
      // The background could not store it (storage, a worker that broke off): keep it and try again.
      // A refusal without `retry` is the page's fault (a malformed batch), and retrying cannot help.
      if (!reply.ok && reply.retry) throw new Error(reply.error);
      pending = null;
      retryDelay = FLUSH_MS;
    } catch (error) {
      if (!extensionAlive() || /context invalidated/i.test(String(error))) standDown();
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    } finally {
      inFlight = false;
    }
    if (pending) schedule(retryDelay);
    // Held signals that came in meanwhile go now, on the reply, not on a timer (timers in a
    // background tab run up to a second late, and the block may end in that second).
    else if (queue.some((signal) => signal.held)) void flush();
    else if (unsent()) schedule(FLUSH_MS);
  }
  // A tab closed right after a signal: hand everything over now, while the page still exists.
  window.addEventListener('pagehide', () => {
    if (stoodDown) return;
    const batches = pending ? [pending] : [];
    while (unsent()) batches.push(nextBatch());
    for (const batch of batches) void sendOnce('signalObserved', batch).catch(() => undefined);
  });

  link.addEventListener(SIGNAL_EVENT, (event) => {
    if (stoodDown) return;
    const detail = String((event as CustomEvent).detail);
    if (detail.length > MAX_SIGNAL_CHARS) return;
    let data: GuardSignal | null = null;
    try {
      data = JSON.parse(detail);
    } catch {
      return;
    }
    if (typeof data !== 'object' || data === null) return;
    const now = Date.now();
    if (!allow(now)) {
      dropped++;
      return schedule(FLUSH_MS);
    }
    // The background checks every field of every signal (utils/signal-intake.ts acceptSignal, in
    // entrypoints/background/held-handlers.ts): checking them here too was the same code twice, in
    // a script every watched page loads (issue 12). The relay bounds size and rate, reads `held`
    // (which decides when it sends) and stamps the time it saw the signal.
    const signal = { ...data, held: data.held === true, at: now };
    queue.push(signal);
    // A held signal is sent at once, in the page's own call: the person counts on it being kept,
    // even if the tab closes right after. While a batch is in flight, its reply sends the rest.
    if (signal.held) void flush();
    else schedule(queue.length >= MAX_BATCH ? 0 : FLUSH_MS);
  });
});

/** The origin that tells which site a frame belongs to: an about:blank or srcdoc frame has none of its own. */
function frameOrigin(): string {
  try {
    return window.top?.location.origin ?? location.origin;
  } catch {
    return location.origin; // a cross-origin top: the frame's own origin
  }
}
