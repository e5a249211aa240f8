/**
 * Stores a batch of page signals as interruptions before the relay is told they are safe.
 * One IndexedDB transaction covers the records and the batch id, so a worker stopped mid-way stores
 * nothing (the relay retries) and a retried batch that was already stored is not stored twice.
 */

import { putWithRollups } from '@/utils/day-rollups';
import { guarded, openHeadsDownDb } from '@/utils/db';
import { tabKey as groupKey, groupSignalsInto, type IncomingSignal } from '@/utils/interruptions';
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

/**
 * Stores the batch, each signal judged by the block it was seen in (utils/signal-judging.ts). Times
 * are the relay's, already brought back to `now` at most by the handler (held-handlers.ts).
 */
export async function storeSignals(
  batchId: string,
  signals: ObservedSignal[],
  source: SignalSource,
  /** The latest few blocks (the running one, and those that may just have ended). */
  blocks: readonly FocusBlock[],
  settings: Settings,
): Promise<StoredSignals> {
  return guarded('storage_storeHeld', async () => {
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
    const recent: Interruption | undefined = recentByTab[tabKey] ? await store.get(recentByTab[tabKey]!) : undefined;
    const notices: PageNotice[] = [];
    const incoming = signals.map((observed): IncomingSignal => {
      const title = observed.title ?? '';
      const body = observed.body ?? '';
      const judged = judgeSignal(observed, blocks, settings.breakthrough, neverHold);
      if (judged.show) notices.push({ tabId: source.tabId, appId: source.appId, title, body });
      return {
        tabId: source.tabId,
        appId: source.appId,
        kind: observed.kind,
        at: observed.at,
        messages: observed.messages,
        breakthrough: judged.breakthrough,
        blockId: judged.blockId,
        text: observed.kind === 'notification' && settings.privacy.keepText ? { title, body } : null,
        releaseIfHeld: judged.afterDigest,
      };
    });
    // The tested grouper (utils/interruptions.ts): signals taken by time, joined to the tab's record.
    const grouped = groupSignalsInto(recent ? [recent] : [], incoming, (signal) => ({
      id: crypto.randomUUID(),
      blockId: signal.blockId ?? null,
      offsetMin: offsetMinutes(signal.at),
    }));
    await putWithRollups(store, tx.objectStore('rollups'), [...grouped.changed]);
    const latest = grouped.latestByTab.get(groupKey(source));
    if (latest) recentByTab[tabKey] = latest.id;
    await kv.put(recentByTab, 'recentByTab');
    await kv.put([...batches, batchId].slice(-BATCH_MEMORY), 'batches');
    await tx.done;
    return { changed: grouped.changed.length, notices };
  });
}
