/**
 * Stores a batch of page signals as interruptions before the relay is told they are safe.
 * One IndexedDB transaction covers the records and the batch id, so a worker stopped mid-way stores
 * nothing (the relay retries) and a retried batch that was already stored is not stored twice.
 */

import { isBreakthrough } from '@/utils/breakthrough';
import { guarded, openHeadsDownDb } from '@/utils/db';
import { absorbSignal, type IncomingSignal, startInterruption } from '@/utils/interruptions';
import type { ObservedSignal } from '@/utils/messages';
import type { FocusBlock, Interruption } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import { offsetMinutes } from './zone';

const BATCH_MEMORY = 500;

export interface SignalSource {
  tabId: number | null;
  appId: string;
}

/** Stores the batch; returns how many records it created or changed (0 for a repeated batch). */
export async function storeSignals(
  batchId: string,
  signals: ObservedSignal[],
  source: SignalSource,
  /** The running block, or the latest one (a late batch may belong to a block that just ended). */
  block: FocusBlock | undefined,
  settings: Settings,
  now: number,
): Promise<number> {
  return guarded('store held notifications', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['interruptions', 'kv'], 'readwrite');
    const kv = tx.objectStore('kv');
    const store = tx.objectStore('interruptions');
    const batches = ((await kv.get('batches')) as string[] | undefined) ?? [];
    if (batches.includes(batchId)) {
      await tx.done;
      return 0;
    }
    const recentByTab = ((await kv.get('recentByTab')) as Record<string, string> | undefined) ?? {};
    const tabKey = String(source.tabId ?? source.appId);
    const neverHold = settings.breakthrough.neverHold.includes(source.appId);
    let recent: Interruption | undefined = recentByTab[tabKey] ? await store.get(recentByTab[tabKey]!) : undefined;
    const changed = new Map<string, Interruption>();
    for (const observed of signals) {
      const title = observed.title ?? '';
      const body = observed.body ?? '';
      const at = Math.min(observed.at, now);
      // Judged by when the page saw it, not when the batch arrived: a message just before a block
      // starts (or just before it ends) reaches the worker a moment later.
      const running = block && block.start <= at && at < (block.endedAt ?? block.end) ? block : undefined;
      // The page's own judgement is not trusted: breakthrough is decided again here.
      const breakthrough =
        running !== undefined &&
        (neverHold || (observed.kind === 'notification' && isBreakthrough(settings.breakthrough, title, body)));
      const signal: IncomingSignal = {
        tabId: source.tabId,
        appId: source.appId,
        kind: observed.kind,
        at,
        messages: observed.messages,
        breakthrough,
        blockId: running?.id ?? null,
        text: observed.kind === 'notification' && settings.privacy.keepText ? { title, body } : null,
      };
      const absorbed = absorbSignal(recent, signal);
      recent =
        'merged' in absorbed
          ? absorbed.merged
          : startInterruption(signal, {
              id: crypto.randomUUID(),
              blockId: signal.blockId ?? null,
              offsetMin: offsetMinutes(signal.at),
            });
      changed.set(recent.id, recent);
    }
    for (const record of changed.values()) await store.put(record);
    if (recent) recentByTab[tabKey] = recent.id;
    await kv.put(recentByTab, 'recentByTab');
    await kv.put([...batches, batchId].slice(-BATCH_MEMORY), 'batches');
    await tx.done;
    return changed.size;
  });
}
