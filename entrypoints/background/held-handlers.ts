/** Messages about held items: signals that pages report, and the person opening or dismissing what was held. */
import { browser } from 'wxt/browser';
import { appForUrl } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import { getInterruption, loadSettings, openBlock, putInterruptions, recentBlocks } from '@/utils/records';
import { acceptSignal } from '@/utils/signal-intake';
import { serialised } from './engine';
import { fail, type HandlersFor } from './handler-kit';
import { updateToolbar } from './holding';
import { showPageNotice } from './page-notices';
import { refreshPopupSnapshot } from './popup-snapshot';
import { storeSignals } from './store-signals';
import { addDroppedSignals } from './warnings';

/** Most signals one batch may carry (the relay sends at most this many, entrypoints/relay.ts). */
const MAX_BATCH_SIGNALS = 500;

export const heldHandlers: HandlersFor<'signalObserved' | 'openHeld' | 'dismissHeld'> = {
  async signalObserved(payload, sender) {
    const url = sender.tab?.url ?? sender.url;
    if (!sender.tab || !url) return fail('Signals come only from watched tabs.');
    if (
      typeof payload?.batchId !== 'string' ||
      payload.batchId.length > 100 ||
      !Array.isArray(payload.signals) ||
      payload.signals.length > MAX_BATCH_SIGNALS
    )
      return fail('Malformed signal batch.');
    const settings = await loadSettings();
    // The app is what the tab's address says, never what the page claims.
    const appId = appForUrl(url, settings.customSites);
    if (!appId) return fail('Signals come only from watched tabs.');
    if (settings.disabledApps.includes(appId)) return { ok: true, recorded: 0 };
    const now = Date.now();
    // The relay stamped each signal when it saw it; a time ahead of this clock is brought back to now,
    // here and only here.
    const signals = payload.signals
      .map((s) => acceptSignal(s, Math.min(typeof s?.at === 'number' ? s.at : now, now)))
      .filter((s) => s !== null);
    // Serialised with the engine: a block that ends meanwhile has either not yet released its digest
    // (the signal joins it) or has marked it shown (the signal is shown on its own), never in between.
    const stored = await serialised(async () =>
      storeSignals(payload.batchId, signals, { tabId: sender.tab?.id ?? null, appId }, await recentBlocks(), settings),
    );
    for (const notice of stored.notices) await showPageNotice(notice, settings);
    if (typeof payload.dropped === 'number' && payload.dropped > 0) await addDroppedSignals(payload.dropped);
    // Storing a batch changes what is held, not what is running: the toolbar's count and the open
    // pages' view follow; the engine (blocks, tabs, alarm) has nothing to recompute.
    if (stored.changed > 0) {
      await updateToolbar((await openBlock()) ?? null, settings);
      // An open popup redraws from the snapshot. Not awaited: the relay's acknowledgement does not
      // wait for it.
      void refreshPopupSnapshot();
    }
    return { ok: true, recorded: stored.changed };
  },

  async openHeld(payload) {
    const item = typeof payload?.id === 'string' ? await getInterruption(payload.id) : undefined;
    if (!item) return fail(t('err_heldGone'));
    await putInterruptions([{ ...item, state: 'opened' }]);
    const tab = item.tabId !== null ? await browser.tabs.get(item.tabId).catch(() => undefined) : undefined;
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    }
    await refreshPopupSnapshot();
    return { ok: true };
  },

  async dismissHeld(payload) {
    const ids = Array.isArray(payload?.ids)
      ? payload.ids.filter((id): id is string => typeof id === 'string').slice(0, 10_000)
      : [];
    const items = (await Promise.all(ids.map(getInterruption))).filter((i) => i !== undefined);
    await putInterruptions(items.map((i) => ({ ...i, state: 'dismissed' as const })));
    await refreshPopupSnapshot();
    return { ok: true };
  },
};
