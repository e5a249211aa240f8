/** Releases what a block held: one digest notification, and the held items stay listed until handled. */
import { browser } from 'wxt/browser';
import { appDisplayName } from '@/utils/apps';
import { composeDigest } from '@/utils/digest';
import type { FocusBlock } from '@/utils/model';
import { interruptionsOfBlock, putBlock, putInterruptions } from '@/utils/records';
import type { Settings } from '@/utils/settings';

export interface LastDigest {
  id: string;
  blockId: string;
  title: string;
  message: string;
  busiestAppId: string | null;
  held: number;
  messages: number;
  at: number;
}

/**
 * Shows the digest for what `block` holds and marks it released. The notification id is fixed per
 * block and release, so if the worker stops between showing it and marking the items, the next run
 * replaces the same notification instead of showing a second one.
 */
export async function releaseHeld(block: FocusBlock, settings: Settings, now: number, final: boolean): Promise<void> {
  const held = (await interruptionsOfBlock(block.id)).filter((i) => i.kind === 'held' && i.state === 'pending');
  const since = final ? block.start : (block.lastBatchAt ?? block.start);
  const digest = composeDigest(held, (block.endedAt ?? now) - since, (id) => appDisplayName(id, settings.customSites));
  if (digest) {
    const id = `digest-${block.id}-${final ? 'end' : String(held[0]?.at ?? now)}`;
    const busiest = digest.busiestAppId ? appDisplayName(digest.busiestAppId, settings.customSites) : null;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: digest.title,
      message: digest.message,
      buttons: [...(busiest ? [{ title: `Open ${busiest}` }] : []), { title: 'Open the weekly report' }],
      priority: 0,
    });
    const record: LastDigest = {
      id,
      blockId: block.id,
      title: digest.title,
      message: digest.message,
      busiestAppId: digest.busiestAppId,
      held: digest.held,
      messages: digest.messages,
      at: now,
    };
    await browser.storage.local.set({ lastDigest: record });
  }
  await putInterruptions(held.map((i) => ({ ...i, state: 'released' as const })));
  if (final && !block.digestShown) await putBlock({ ...block, digestShown: true });
}
