/** The product's stored interruptions, read from the control tab (same origin), for failure messages. */
import { type BrowserHandle, controlPage } from '../../harness';

export interface StoredInterruption {
  kind: string;
  appId: string;
  at: number;
  lastAt: number;
  messages: number;
  signals: string[];
  state: string;
}

/** Every stored interruption, oldest first; only to explain a failure, never as the expectation. */
export async function storedInterruptions(h: BrowserHandle): Promise<StoredInterruption[]> {
  const page = await controlPage(h);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('heads-down');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<StoredInterruption[]>((resolve, reject) => {
      const req = db.transaction('interruptions').objectStore('interruptions').getAll();
      req.onsuccess = () => resolve(req.result as StoredInterruption[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return all
      .map(({ kind, appId, at, lastAt, messages, signals, state }) => ({
        kind,
        appId,
        at,
        lastAt,
        messages,
        signals,
        state,
      }))
      .sort((a, b) => a.at - b.at);
  });
}

/** One line per record, times relative to the first: enough to see what was split or merged. */
export function describeRecords(records: StoredInterruption[]): string {
  const t0 = records[0]?.at ?? 0;
  return records
    .map(
      (r) =>
        `${r.kind} ${r.appId} +${r.at - t0}..${r.lastAt - t0}ms ×${r.messages} [${r.signals.join(',')}] ${r.state}`,
    )
    .join('\n');
}
