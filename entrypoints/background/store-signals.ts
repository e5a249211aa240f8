/**
 * Stores a batch of page signals as interruptions before the relay is told they are safe.
 * One IndexedDB transaction covers the records and the batch id, so a worker stopped mid-way stores
 * nothing (the relay retries) and a retried batch that was already stored is not stored twice.
 */

import { putWithRollups } from '@/utils/day-rollups';
import { guarded, openHeadsDownDb } from '@/utils/db';
import { absorbSignal, type IncomingSignal, startInterruption } from '@/utils/interruptions';
import type { ObservedSignal } from '@/utils/messages';
import type { FocusBlock, Interruption } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import { judgeSignal } from '@/utils/signal-judging';
import { offsetMinutes } from './zone';

const BATCH_MEMORY = 500;

export interface SignalSource {
  tabId: number | null;
  appId: string;
}

/** A held notification the extension shows itself (a breakthrough, or one its block's digest missed). */
export interface PageNotice {
  tabId: number | null;
  appId: string;
  title: string;
  body: string;
}

export interface StoredSignals {
  /** Records created or changed (0 for a repeated batch). */
  changed: number;
  /** What the extension must show now; empty for a repeated batch, so nothing is shown twice. */
  notices: PageNotice[];
}

/** Stores the batch, each signal judged by the block it was seen in (utils/signal-judging.ts). */
export async function storeSignals(
  batchId: string,
  signals: ObservedSignal[],
  source: SignalSource,
  /** The latest few blocks (the running one, and those that may just have ended). */
  blocks: readonly FocusBlock[],
  settings: Settings,
  now: number,
): Promise<StoredSignals> {
  return guarded('store held notifications', async () => {
    const db = await openHeadsDownDb();
    const tx = db.transaction(['interruptions', 'kv', 'rollups'], 'readwrite');
    const kv = tx.objectStore('kv');
    const store = tx.objectStore('interruptions');
    const batches = ((await kv.get('batches')) as string[] | undefined) ?? [];
    if (batches.includes(batchId)) {
      await tx.done;
      return { changed: 0, notices: [] };
    }
    const recentByTab = ((await kv.get('recentByTab')) as Record<string, string> | undefined) ?? {};
    const tabKey = String(source.tabId ?? source.appId);
    const neverHold = settings.breakthrough.neverHold.includes(source.appId);
    let recent: Interruption | undefined = recentByTab[tabKey] ? await store.get(recentByTab[tabKey]!) : undefined;
    const changed = new Map<string, Interruption>();
    const notices: PageNotice[] = [];
    for (const observed of signals) {
      const title = observed.title ?? '';
      const body = observed.body ?? '';
      const at = Math.min(observed.at, now);
      const judged = judgeSignal({ ...observed, at }, blocks, settings.breakthrough, neverHold);
      if (judged.show) notices.push({ tabId: source.tabId, appId: source.appId, title, body });
      const signal: IncomingSignal = {
        tabId: source.tabId,
        appId: source.appId,
        kind: observed.kind,
        at,
        messages: observed.messages,
        breakthrough: judged.breakthrough,
        blockId: judged.blockId,
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
      // Its block's digest is out: shown now instead, so it is not left waiting for a digest that never comes.
      if (judged.afterDigest && recent.kind === 'held' && recent.state === 'pending')
        recent = { ...recent, state: 'released' };
      changed.set(recent.id, recent);
    }
    await putWithRollups(store, tx.objectStore('rollups'), [...changed.values()]);
    if (recent) recentByTab[tabKey] = recent.id;
    await kv.put(recentByTab, 'recentByTab');
    await kv.put([...batches, batchId].slice(-BATCH_MEMORY), 'batches');
    await tx.done;
    return { changed: changed.size, notices };
  });
}
