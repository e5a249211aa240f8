/** Releases what a block held: one digest notification, and the held items stay listed until handled. */
import { appDisplayName } from '@/utils/apps';
import { plural, t, uiLocale } from '@/utils/browser-i18n';
import { BUTTONS_SUPPORTED, showNotification } from '@/utils/browser-notifications';
import { type LastDigest, lastDigest, write } from '@/utils/browser-storage';
import { composeDigest, type DigestTarget, digestTargets } from '@/utils/digest';
import type { FocusBlock } from '@/utils/model';
import { interruptionsOfBlock, putBlock, putInterruptions } from '@/utils/records';
import type { Settings } from '@/utils/settings';

/**
 * Shows the digest for what `block` holds and marks it released. The notification id is fixed per
 * block and release, so if the worker stops between showing it and marking the items, the next run
 * replaces the same notification instead of showing a second one.
 */
export async function releaseHeld(block: FocusBlock, settings: Settings, now: number, final: boolean): Promise<void> {
  const held = (await interruptionsOfBlock(block.id)).filter((i) => i.kind === 'held' && i.state === 'pending');
  const since = final ? block.start : (block.lastBatchAt ?? block.start);
  const digest = composeDigest(held, (block.endedAt ?? now) - since, (id) => appDisplayName(id, settings.customSites), {
    locale: uiLocale(),
    t,
    plural,
  });
  if (digest) {
    const id = `digest-${block.id}-${final ? 'end' : String(held[0]?.at ?? now)}`;
    const targets = digestTargets(digest.busiestAppId);
    const label = (target: DigestTarget) => targetLabel(target, settings);
    const shown = await showNotification({
      id,
      title: digest.title,
      // Without buttons the click is the only action: say what it does.
      message: BUTTONS_SUPPORTED ? digest.message : `${digest.message}\n${t('digest_clickHint', label(targets[0]!))}`,
      actions: targets.map(label),
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
      withButtons: shown === 'buttons',
    };
    await write(lastDigest, record);
  }
  await putInterruptions(held.map((i) => ({ ...i, state: 'released' as const })));
  if (final && !block.digestShown) await putBlock({ ...block, digestShown: true });
}

/** A digest action's label: "Open Slack", or "Open the weekly report". */
function targetLabel(target: DigestTarget, settings: Settings): string {
  return target.kind === 'app'
    ? t('digest_openApp', appDisplayName(target.appId, settings.customSites))
    : t('digest_openReport');
}
