/** Answers the message protocol (utils/messages.ts). Each handler validates its payload first. */
import { type Browser, browser } from 'wxt/browser';
import { appForUrl } from '@/utils/apps';
import { clockTime, t } from '@/utils/browser-i18n';
import { type FocusOverrides, StorageError } from '@/utils/db';
import {
  endCurrent,
  extendCurrent,
  type FocusInputs,
  nextScheduledWindow,
  pauseUntil,
  skipNext,
  startManual,
} from '@/utils/focus-engine';
import type { Message, MessageName, Protocol } from '@/utils/messages';
import {
  deleteAllRecords,
  deleteBlockRecord,
  getBlock,
  getInterruption,
  loadSchedule,
  loadSettings,
  openBlock,
  putBlock,
  putInterruptions,
  recentBlocks,
  replaceSchedule,
  saveOverrides,
  saveSettingsRecord,
} from '@/utils/records';
import { problemsText, validateSchedule } from '@/utils/schedule-file';
import { validateSettings } from '@/utils/settings';
import { acceptSignal } from '@/utils/signal-intake';
import { judgeStrictAction, type StrictAction, type StrictVerdict } from '@/utils/strict-policy';
import { say } from '@/utils/wording';
import { addCustomSite, removeCustomSite } from './custom-sites';
import { focusInputs, recompute, serialised } from './engine';
import { updateToolbar } from './holding';
import { showPageNotice } from './page-notices';
import { refreshPopupSnapshot } from './popup-snapshot';
import { applyAwaySetting } from './presence';
import { focusStatus } from './status';
import { storeSignals } from './store-signals';
import { mirrorScheduleToSync } from './sync';

type Handler<K extends MessageName> = (
  payload: Protocol[K]['payload'],
  sender: Browser.runtime.MessageSender,
) => Promise<Protocol[K]['reply']>;
type Handlers = { [K in MessageName]: Handler<K> };

const WEEK_MS = 7 * 86_400_000;
const fail = (error: string) => ({ ok: false as const, error });
const isMinutes = (m: unknown): m is number => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 720;

/** Applies a pure change to the overrides, saves it and recomputes. */
async function changeOverrides(change: (now: number, inputs: FocusInputs) => FocusOverrides | string) {
  const result = await serialised(async () => {
    const now = Date.now();
    const { inputs } = await focusInputs(now);
    const next = change(now, inputs);
    if (typeof next === 'string') return next;
    await saveOverrides(next);
    return null;
  });
  if (result) return fail(result);
  await recompute();
  return { ok: true as const };
}

/** What strict mode says about `action` now (utils/strict-policy.ts). */
async function strictVerdict(action: StrictAction): Promise<StrictVerdict> {
  return judgeStrictAction(await openBlock(), action, Date.now());
}

/** The verdict's reason in the person's words, with the block's end as a local clock time. */
function strictText(verdict: Exclude<StrictVerdict, { kind: 'allowed' }>): string {
  return t(verdict.reason, clockTime(verdict.until));
}

export const handlers: Handlers = {
  async getStatus() {
    const status = await focusStatus(Date.now());
    // The popup has now shown the failure; the next open starts clean.
    if (status.storageError) await browser.storage.local.remove(['storageError', 'droppedSignals']);
    return status;
  },

  async startBlock(payload) {
    if (!isMinutes(payload?.minutes)) return fail(t('err_blockMinutes'));
    return changeOverrides((now, inputs) => startManual(now, payload.minutes, inputs));
  },

  async extendBlock(payload) {
    if (!isMinutes(payload?.minutes)) return fail(t('err_extendMinutes'));
    if (!(await openBlock())) return fail(t('err_noBlock'));
    return changeOverrides((now, inputs) => extendCurrent(now, payload.minutes, inputs));
  },

  async endBlock(payload) {
    const block = await openBlock();
    if (!block) return fail(t('err_noBlock'));
    const settings = await loadSettings();
    const strict = block.strict;
    const result = await changeOverrides((now, inputs) => {
      if (strict) {
        const used = inputs.overrides.strictEarlyEnds.filter((t) => t > now - WEEK_MS).length;
        if (used >= settings.strict.earlyEndsPerWeek)
          return `Strict mode: you have used all ${settings.strict.earlyEndsPerWeek} early ends this week.`;
        if ((payload?.phrase ?? '').trim() !== settings.strict.phrase.trim())
          return 'Strict mode: type the phrase exactly to end early.';
      }
      const next = endCurrent(now, inputs);
      return strict ? { ...next, strictEarlyEnds: [...next.strictEarlyEnds, now] } : next;
    });
    if (result.ok) {
      const record = await getBlock(block.id);
      if (record) await putBlock({ ...record, endedEarly: true });
    }
    return result;
  },

  async skipNextBlock() {
    return changeOverrides((now, inputs) =>
      nextScheduledWindow(now, inputs) ? skipNext(now, inputs) : t('err_noScheduledBlock'),
    );
  },

  async pauseSchedule(payload) {
    const until = payload?.until ?? null;
    if (until !== null && (typeof until !== 'number' || !Number.isFinite(until) || until <= Date.now()))
      return fail(t('err_pauseFuture'));
    if (until !== null) {
      const verdict = await strictVerdict({ kind: 'pauseSchedule' });
      if (verdict.kind !== 'allowed') return fail(strictText(verdict));
    }
    return changeOverrides((now, inputs) => pauseUntil(now, until, inputs));
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

  getSchedule: () => loadSchedule(),

  async saveSchedule(payload) {
    const checked = validateSchedule(payload?.file);
    if (!checked.ok) return fail(problemsText(checked.problems, { t }));
    // Saved either way; a running strict block is pinned by the engine and keeps its end.
    const verdict = await strictVerdict({ kind: 'saveSchedule' });
    await replaceSchedule(checked.file);
    await mirrorScheduleToSync(checked.file, await loadSettings());
    await recompute();
    return verdict.kind === 'allowed' ? { ok: true } : { ok: true, notice: strictText(verdict) };
  },

  getSettings: () => loadSettings(),

  async confirmWorkHours() {
    await saveSettingsRecord({ ...(await loadSettings()), workHoursConfirmed: true });
    await refreshPopupSnapshot();
    return { ok: true };
  },

  async saveSettings(payload) {
    const checked = validateSettings(payload?.settings);
    if (!checked.ok) return fail(say({ t }, checked.error));
    const verdict = await strictVerdict({
      kind: 'saveSettings',
      before: await loadSettings(),
      after: checked.settings,
    });
    if (verdict.kind !== 'allowed') return fail(strictText(verdict));
    await saveSettingsRecord(checked.settings);
    applyAwaySetting(checked.settings);
    await mirrorScheduleToSync(await loadSchedule(), checked.settings);
    await recompute();
    return { ok: true };
  },

  addCustomSite: (payload) => addCustomSite(payload),
  removeCustomSite: (payload) => removeCustomSite(payload),

  async signalObserved(payload, sender) {
    const url = sender.tab?.url ?? sender.url;
    if (!sender.tab || !url) return fail('Signals come only from watched tabs.');
    if (
      typeof payload?.batchId !== 'string' ||
      payload.batchId.length > 100 ||
      !Array.isArray(payload.signals) ||
      payload.signals.length > 500
    )
      return fail('Malformed signal batch.');
    const settings = await loadSettings();
    // The app is what the tab's address says, never what the page claims.
    const appId = appForUrl(url, settings.customSites);
    if (!appId) return fail('Signals come only from watched tabs.');
    if (settings.disabledApps.includes(appId)) return { ok: true, recorded: 0 };
    const now = Date.now();
    const signals = payload.signals
      .map((s) => acceptSignal(s, Math.min(typeof s?.at === 'number' ? s.at : now, now)))
      .filter((s) => s !== null);
    // Serialised with the engine: a block that ends meanwhile has either not yet released its digest
    // (the signal joins it) or has marked it shown (the signal is shown on its own), never in between.
    const stored = await serialised(async () =>
      storeSignals(
        payload.batchId,
        signals,
        { tabId: sender.tab?.id ?? null, appId },
        await recentBlocks(),
        settings,
        now,
      ),
    );
    for (const notice of stored.notices) await showPageNotice(notice, settings);
    const recorded = stored.changed;
    if (typeof payload.dropped === 'number' && payload.dropped > 0) {
      // Batches report their own drops: add them up until the person has been shown the total.
      const { droppedSignals = 0 } = (await browser.storage.local.get('droppedSignals')) as { droppedSignals?: number };
      const total = droppedSignals + Math.floor(payload.dropped);
      await browser.storage.local.set({
        droppedSignals: total,
        storageError: `A page sent more signals than Heads Down accepts; ${total} were not counted.`,
      });
    }
    // Storing a batch changes what is held, not what is running: the toolbar's count and the open
    // pages' view follow; the engine (blocks, tabs, alarm) has nothing to recompute.
    if (recorded > 0) {
      await updateToolbar((await openBlock()) ?? null, settings);
      // An open popup redraws from the snapshot. Not awaited: the relay's acknowledgement does not
      // wait for it.
      void refreshPopupSnapshot();
    }
    return { ok: true, recorded };
  },

  async deleteBlock(payload) {
    const block = typeof payload?.id === 'string' ? await getBlock(payload.id) : undefined;
    if (!block) return fail(t('err_blockGone'));
    // A running block's record is what the engine guards with; a strict one must not be escaped this way.
    if (block.endedAt === null) return fail(block.strict ? t('err_strictNoDelete') : t('err_endBlockFirst'));
    await deleteBlockRecord(block.id);
    await refreshPopupSnapshot();
    return { ok: true };
  },

  async deleteAllData() {
    const verdict = await strictVerdict({ kind: 'deleteAllData' });
    if (verdict.kind !== 'allowed') return fail(strictText(verdict));
    await deleteAllRecords();
    await browser.storage.local.clear();
    await browser.storage.sync.remove('schedule').catch(() => undefined);
    await recompute();
    return { ok: true };
  },
};

/**
 * The runtime.onMessage listener. Without the webextension polyfill, Chromium ignores a Promise a
 * listener returns (Firefox would take it as the reply); both browsers deliver what the listener
 * passes to `sendResponse` when it returns `true` to keep the channel open, so that is the one way.
 */
export function answerMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
): true {
  handleMessage(message, sender).then(sendResponse, (error: unknown) => {
    // handleMessage catches its handlers' errors; this is the last resort so the sender never waits.
    console.error('Heads Down: a message could not be answered', error);
    sendResponse({ ...fail(t('background_unexpectedError')), retry: true });
  });
  return true;
}

/** Dispatches one runtime message; unknown or malformed messages get a Failure, never a throw. */
export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const m = message as Partial<Message> | null;
  if (!m || typeof m.type !== 'string' || !Object.hasOwn(handlers, m.type)) return fail('Unknown message.');
  // Pages of the extension may send anything; content scripts only report signals.
  if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/')) && m.type !== 'signalObserved')
    return fail('Not allowed from a web page.');
  try {
    const handler = handlers[m.type] as Handler<MessageName>;
    return await handler(m.payload as never, sender);
  } catch (error) {
    // Only a storage failure is worded for people (utils/db.ts); anything else is a browser API's
    // own message (e.g. a Firefox type error) and stays in the console, not in the popup.
    const worded = error instanceof StorageError;
    if (!worded) console.error(`Heads Down: ${m.type} failed`, error);
    const text = worded ? error.message : t('background_unexpectedError');
    if (worded) await browser.storage.local.set({ storageError: text }).catch(() => undefined);
    // A refusal of the sender's message is a returned Failure above; anything thrown is the
    // extension's own trouble (storage, a database that will not open), so the relay keeps its batch
    // and tries again.
    return { ...fail(text), retry: true };
  }
}
