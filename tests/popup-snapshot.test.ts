// The popup's snapshot in storage.session (utils/popup-snapshot.ts): the background rewrites it after
// each change the popup shows, against WXT's fake browser and fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, handlers } from '@/entrypoints/background/handlers';
import { refreshPopupSnapshot } from '@/entrypoints/background/popup-snapshot';
import { onIdleStateChanged } from '@/entrypoints/background/presence';
import type { FocusStatus } from '@/utils/messages';
import {
  isFocusStatus,
  POPUP_SNAPSHOT_KEY,
  readPopupSnapshot,
  sameStatus,
  snapshotInChange,
} from '@/utils/popup-snapshot';
import { resetBackgroundFakes } from './background-fakes';
import { idleStatus, NOW } from './popup/fixtures';

const extensionPage = { url: 'chrome-extension://test/popup.html' };
const slackTab = { url: 'https://app.slack.com/client/T1', tab: { id: 9, url: 'https://app.slack.com/client/T1' } };

const snapshot = () => readPopupSnapshot(fakeBrowser.storage.session);

/** What the popup would show, without the moment it was worked out (as JSON: -0 and 0 read alike). */
const shown = (s: FocusStatus | null) => (s ? JSON.parse(JSON.stringify({ ...s, now: 0 })) : s);

/** The snapshot equals what getStatus answers now (the popup paints the same either way). */
async function expectCurrent() {
  const current = await handlers.getStatus(undefined, extensionPage);
  expect(shown(await snapshot())).toEqual(shown(current));
}

function signal(batchId: string, title: string) {
  return {
    type: 'signalObserved',
    payload: { batchId, dropped: 0, signals: [{ kind: 'notification', at: Date.now(), messages: 1, title, body: '' }] },
  };
}

beforeEach(() => {
  resetBackgroundFakes();
  // The figures grow with time: a still clock lets the snapshot be compared with getStatus exactly.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('the snapshot the background keeps for the popup', () => {
  it('is missing until something is worked out (fresh install, browser restart)', async () => {
    expect(await snapshot()).toBeNull();
  });

  it('follows a block starting, being extended and ending', async () => {
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    const started = await snapshot();
    expect(started?.block?.end).toBeGreaterThan(Date.now());
    await expectCurrent();
    await handlers.extendBlock({ minutes: 15 }, extensionPage);
    expect((await snapshot())?.block?.end).toBe(started!.block!.end + 15 * 60_000);
    await handlers.endBlock({}, extensionPage);
    expect((await snapshot())?.block).toBeNull();
    await expectCurrent();
  });

  it('shows a held message once its batch is stored, and its dismissal', async () => {
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    expect(await handleMessage(signal('b1', 'Dana'), slackTab as never)).toEqual({ ok: true, recorded: 1 });
    // The relay's acknowledgement does not wait for the snapshot; the next refresh includes it.
    await refreshPopupSnapshot();
    const held = (await snapshot())?.held ?? [];
    expect(held.map((i) => [i.appId, i.text?.title])).toEqual([['slack', 'Dana']]);
    expect((await snapshot())?.appNames).toEqual({ slack: 'Slack' });
    await handlers.dismissHeld({ ids: held.map((i) => i.id) }, extensionPage);
    expect((await snapshot())?.held).toEqual([]);
  });

  it('follows settings saved, working hours confirmed, a pause, and time away', async () => {
    await handlers.confirmWorkHours(undefined, extensionPage);
    expect((await snapshot())?.workHours.confirmed).toBe(true);
    const settings = await handlers.getSettings(undefined, extensionPage);
    await handlers.saveSettings({ settings: { ...settings, strict: { ...settings.strict, phrase: 'let me go' } } }, {});
    expect((await snapshot())?.strictPhrase).toBe('let me go');
    const until = NOW + 3_600_000;
    await handlers.pauseSchedule({ until }, extensionPage);
    expect((await snapshot())?.pausedUntil).toBe(until);
    await fakeBrowser.storage.session.remove(POPUP_SNAPSHOT_KEY);
    await onIdleStateChanged('idle');
    await expectCurrent();
  });

  it('coalesces refreshes asked for during one, and the last one shows the last change', async () => {
    const writes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      const s = snapshotInChange(changes, area);
      if (s !== undefined) writes.push(s);
    });
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    writes.length = 0;
    for (let n = 0; n < 5; n++) await handleMessage(signal(`burst-${n}`, `m${n}`), slackTab as never);
    await Promise.all([refreshPopupSnapshot(), refreshPopupSnapshot(), refreshPopupSnapshot()]);
    // Five batches and three calls: at most two runs wrote while they overlapped, far fewer than eight.
    expect(writes.length).toBeLessThan(8);
    expect((await snapshot())?.held).toHaveLength(1);
    await expectCurrent();
  });

  it('carries a storage failure until it is dismissed, and a flood warning the same way', async () => {
    await fakeBrowser.storage.local.set({ storageError: 'QuotaExceededError', droppedSignals: 12 });
    await refreshPopupSnapshot();
    expect((await snapshot())?.storageError).toBe('QuotaExceededError');
    expect((await snapshot())?.droppedSignals).toBe(12);
    expect(await handlers.dismissWarning({ warning: 'storageError' }, extensionPage)).toEqual({ ok: true });
    expect((await snapshot())?.storageError).toBeNull();
    expect((await snapshot())?.droppedSignals).toBe(12);
    expect(await handlers.dismissWarning({ warning: 'droppedSignals' }, extensionPage)).toEqual({ ok: true });
    expect((await snapshot())?.droppedSignals).toBe(0);
  });
});

describe('reading the snapshot', () => {
  it('refuses what does not have a status’s shape (an older version’s, or nothing)', async () => {
    expect(isFocusStatus(idleStatus())).toBe(true);
    for (const value of [null, 3, 'x', {}, { now: 1 }, { ...idleStatus(), held: null }]) {
      await fakeBrowser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: value });
      expect(await snapshot()).toBeNull();
    }
  });

  it('picks the snapshot out of storage changes in the session area only', () => {
    const change = { [POPUP_SNAPSHOT_KEY]: { newValue: idleStatus() } };
    expect(snapshotInChange(change, 'session')).toEqual(idleStatus());
    expect(snapshotInChange(change, 'local')).toBeUndefined();
    expect(snapshotInChange({ other: { newValue: 1 } }, 'session')).toBeUndefined();
    expect(snapshotInChange({ [POPUP_SNAPSHOT_KEY]: {} }, 'session')).toBeNull();
  });

  it('compares statuses by what they show, not when they were worked out', () => {
    expect(sameStatus(idleStatus(), { ...idleStatus(), now: 1 })).toBe(true);
    expect(sameStatus(idleStatus(), idleStatus({ pausedUntil: 5 }))).toBe(false);
  });
});
