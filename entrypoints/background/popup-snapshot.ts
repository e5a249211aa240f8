/**
 * Keeps the popup's snapshot (utils/popup-snapshot.ts) in storage.session up to date: rewritten
 * after every change the popup shows (the engine's recompute: blocks, pauses, schedule and settings;
 * a stored batch of signals; a held item opened or dismissed; working hours confirmed; presence), so
 * the popup paints from it without waking the worker. Runs only on those events, which have already
 * woken the worker: no timer, no wake-up of its own.
 */
import { browser } from 'wxt/browser';
import { clearPopupSnapshot, writePopupSnapshot } from '@/utils/popup-snapshot';
import { focusStatus } from './status';

let running: Promise<void> | null = null;
let again = false;

/**
 * Works the status out and stores it. Calls during a run coalesce into one more run after it (a burst
 * of signal batches costs two reads of the records, not one per batch); the promise settles once the
 * stored snapshot shows every change made before the call.
 */
export function refreshPopupSnapshot(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await writePopupSnapshot(browser.storage.session, await focusStatus(Date.now()));
      } catch {
        // Storage failed: a stale snapshot would show the wrong state, so the popup asks getStatus instead.
        await clearPopupSnapshot(browser.storage.session).catch(() => undefined);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
