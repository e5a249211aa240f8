/**
 * Makes IndexedDB writes fail inside the extension's real service worker, the way the browser fails
 * them: `put` on one object store throws a QuotaExceededError DOMException, or the write's
 * transaction is aborted (AbortError). The patch lives in the worker's global scope, so it lasts
 * until it is removed or the worker stops (Playwright stays attached, so it does not idle out).
 */
import { type BrowserHandle, waitForServiceWorker } from '../../harness';

export type IdbFaultKind = 'quota' | 'abort';

interface FaultGlobal {
  __hdFault?: { kind: IdbFaultKind; store: string; hits: number; original: IDBObjectStore['put'] };
}

/** Installs the fault for writes to `store`; returns once the worker runs with it. */
export async function injectIdbFault(h: BrowserHandle, kind: IdbFaultKind, store = 'interruptions'): Promise<void> {
  const sw = await waitForServiceWorker(h);
  await sw.evaluate(
    ([k, name]) => {
      const g = globalThis as unknown as FaultGlobal;
      const original = g.__hdFault?.original ?? IDBObjectStore.prototype.put;
      g.__hdFault = { kind: k, store: name, hits: 0, original };
      IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const fault = g.__hdFault;
        if (!fault || this.name !== fault.store) return original.apply(this, args);
        fault.hits++;
        if (fault.kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        // Let the request start, then abort its transaction: the request fails with AbortError.
        const request = original.apply(this, args);
        this.transaction.abort();
        return request;
      };
    },
    [kind, store] as const,
  );
}

/** How many writes the fault has refused so far (0 if the worker restarted and lost the patch). */
export async function idbFaultHits(h: BrowserHandle): Promise<number> {
  return h.sw.evaluate(() => (globalThis as unknown as FaultGlobal).__hdFault?.hits ?? 0);
}

/** Removes the fault: writes work again. */
export async function clearIdbFault(h: BrowserHandle): Promise<void> {
  await h.sw.evaluate(() => {
    const g = globalThis as unknown as FaultGlobal;
    if (g.__hdFault) IDBObjectStore.prototype.put = g.__hdFault.original;
    delete g.__hdFault;
  });
}
