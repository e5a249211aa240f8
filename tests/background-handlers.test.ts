// Background glue against WXT's fake browser and fake-indexeddb: the handlers as the popup and
// options page drive them, including refusals that must change nothing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessage, handleMessage, handlers } from '@/entrypoints/background/handlers';
import { t } from '@/utils/browser-i18n';
import { focusState as focusStateItem, read } from '@/utils/browser-storage';
import { forgetDbConnection, StorageError } from '@/utils/db';
import type { SharedFocusState } from '@/utils/focus-state';
import type { ScheduleFile } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const extensionPage = { url: 'chrome-extension://test/popup.html' };

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no toolbar; the toolbar calls are checked in real Chromium.
  for (const name of ['setIcon', 'setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const)
    vi.spyOn(fakeBrowser.action, name).mockResolvedValue(undefined as never);
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

async function focusState(): Promise<SharedFocusState | null> {
  return read(focusStateItem);
}

describe('focus controls', () => {
  it('starts a block, publishes it for content scripts, sets one alarm at its end, and ends it', async () => {
    const before = Date.now();
    expect(await handlers.startBlock({ minutes: 25 }, extensionPage)).toEqual({ ok: true });
    const status = await handlers.getStatus(undefined, extensionPage);
    expect(status.block).not.toBeNull();
    expect(status.block!.end - status.block!.start).toBeGreaterThanOrEqual(25 * 60_000 - 1000);
    expect(status.block!.end).toBeGreaterThanOrEqual(before + 25 * 60_000);
    expect((await focusState())?.block?.end).toBe(status.block!.end);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['boundary', status.block!.end]]);

    expect(await handlers.endBlock({}, extensionPage)).toEqual({ ok: true });
    expect((await handlers.getStatus(undefined, extensionPage)).block).toBeNull();
    expect((await focusState())?.block).toBeNull();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('refuses impossible lengths and changes nothing', async () => {
    for (const minutes of [0, -5, 721, 2.5, Number.NaN]) {
      const reply = await handlers.startBlock({ minutes }, extensionPage);
      expect(reply).toEqual({ ok: false, error: 'A block lasts from 1 to 720 minutes.' });
    }
    expect((await handlers.getStatus(undefined, extensionPage)).block).toBeNull();
  });

  it('in strict mode, ending early takes the exact phrase and is limited per week', async () => {
    await handlers.saveSettings(
      { settings: { ...DEFAULT_SETTINGS, strict: { enabled: true, phrase: 'let me go', earlyEndsPerWeek: 1 } } },
      extensionPage,
    );
    await handlers.startBlock({ minutes: 50 }, extensionPage);
    expect(await handlers.endBlock({ phrase: 'let me' }, extensionPage)).toMatchObject({ ok: false });
    expect((await handlers.getStatus(undefined, extensionPage)).block?.strict).toBe(true);
    expect(await handlers.endBlock({ phrase: 'let me go' }, extensionPage)).toEqual({ ok: true });
    await handlers.startBlock({ minutes: 50 }, extensionPage);
    const refused = await handlers.endBlock({ phrase: 'let me go' }, extensionPage);
    expect(refused).toEqual({ ok: false, error: 'Strict mode: you have used all 1 early ends this week.' });
    expect((await handlers.getStatus(undefined, extensionPage)).strictEarlyEndsLeft).toBe(0);
  });
});

describe('schedule', () => {
  const good: ScheduleFile = {
    format: 'heads-down-schedule',
    version: 1,
    rules: [{ days: ['mon', 'wed'], start: '09:00', end: '11:00', zone: 'Europe/Berlin' }],
  };

  it('saves a valid schedule and refuses an impossible one without touching the saved one', async () => {
    expect(await handlers.saveSchedule({ file: good }, extensionPage)).toEqual({ ok: true });
    const impossible = { ...good, rules: [{ ...good.rules[0], start: '10:00', end: '10:00' }] };
    const reply = await handlers.saveSchedule({ file: impossible }, extensionPage);
    expect(reply.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(/same time/);
    const badZone = { ...good, rules: [{ ...good.rules[0], zone: 'Mars/Olympus' }] };
    expect((await handlers.saveSchedule({ file: badZone }, extensionPage)).ok).toBe(false);
    expect(await handlers.getSchedule(undefined, extensionPage)).toEqual(good);
    expect((await handlers.getStatus(undefined, extensionPage)).next).not.toBeNull();
  });

  it('a schedule saved mid-window guards from the moment it was saved, not from the rule’s start', async () => {
    // Monday 2026-03-02 09:37 in Berlin (UTC+1): the 09:00–11:00 rule is running.
    const savedAt = Date.UTC(2026, 2, 2, 8, 37);
    vi.useFakeTimers({ toFake: ['Date'], now: savedAt });
    try {
      expect(await handlers.saveSchedule({ file: good }, extensionPage)).toEqual({ ok: true });
      const status = await handlers.getStatus(undefined, extensionPage);
      expect(status.block).toMatchObject({ start: savedAt, end: Date.UTC(2026, 2, 2, 10), origin: 'schedule' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the runtime.onMessage listener', () => {
  // Chromium without a polyfill takes a reply only through sendResponse (a returned Promise is
  // ignored); the fake browser behaves the same, so a Promise-returning listener fails here.
  it('replies through sendResponse, so runtime.sendMessage gets the handler\u2019s answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(answerMessage);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'startBlock', payload: { minutes: 25 } })).toEqual({
      ok: true,
    });
    const status = (await fakeBrowser.runtime.sendMessage({ type: 'getStatus' })) as { block: unknown };
    expect(status.block).toMatchObject({ origin: 'manual' });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'nonsense' })).toEqual({
      ok: false,
      error: 'Unknown message.',
    });
  });
});

describe('untrusted senders', () => {
  it('refuses commands from web pages and signals from unwatched tabs', async () => {
    const page = { url: 'https://evil.example/', tab: { id: 4, url: 'https://evil.example/' } } as never;
    expect(await handleMessage({ type: 'startBlock', payload: { minutes: 25 } }, page)).toEqual({
      ok: false,
      error: 'Not allowed from a web page.',
    });
    expect(
      await handleMessage({ type: 'signalObserved', payload: { batchId: 'x', signals: [], dropped: 0 } }, page),
    ).toEqual({
      ok: false,
      error: 'Signals come only from watched tabs.',
    });
    expect(await handleMessage({ type: 'nonsense' }, extensionPage as never)).toEqual({
      ok: false,
      error: 'Unknown message.',
    });
    expect(await handleMessage(null, extensionPage as never)).toEqual({ ok: false, error: 'Unknown message.' });
    expect((await handlers.getStatus(undefined, extensionPage)).block).toBeNull();
  });

  it('attributes signals to the tab’s own app, whatever the page claims', async () => {
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    const slackTab = {
      url: 'https://app.slack.com/client/T1',
      tab: { id: 9, url: 'https://app.slack.com/client/T1' },
    } as never;
    const reply = await handleMessage(
      {
        type: 'signalObserved',
        payload: {
          batchId: 'b1',
          dropped: 0,
          signals: [{ kind: 'notification', at: Date.now(), messages: 1, title: 'x', body: 'y', appId: 'gmail' }],
        },
      },
      slackTab,
    );
    expect(reply).toEqual({ ok: true, recorded: 1 });
    const held = (await handlers.getStatus(undefined, extensionPage)).held;
    expect(held.map((i) => [i.appId, i.kind, i.tabId])).toEqual([['slack', 'held', 9]]);
  });

  it('names the held apps for the popup, a custom site by the name the person gave it', async () => {
    const site = { origin: 'https://chat.example.org', name: 'Acme Chat', grammar: null };
    await handlers.saveSettings({ settings: { ...DEFAULT_SETTINGS, customSites: [site] } }, extensionPage);
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    const signal = { kind: 'notification', at: Date.now(), messages: 1 };
    for (const url of ['https://chat.example.org/room/1', 'https://app.slack.com/client/T1']) {
      const tab = { url, tab: { id: url.length, url } } as never;
      const batch = { batchId: url, dropped: 0, signals: [signal] };
      expect(await handleMessage({ type: 'signalObserved', payload: batch }, tab)).toEqual({ ok: true, recorded: 1 });
    }
    const status = await handlers.getStatus(undefined, extensionPage);
    expect(status.appNames).toEqual({ 'custom:https://chat.example.org': 'Acme Chat', slack: 'Slack' });
  });

  it('asks the relay to retry a batch when the database will not open, and not a malformed one', async () => {
    const slackTab = {
      url: 'https://app.slack.com/client/T1',
      tab: { id: 9, url: 'https://app.slack.com/client/T1' },
    } as never;
    const malformed = await handleMessage({ type: 'signalObserved', payload: { batchId: 42 } }, slackTab);
    expect(malformed).toEqual({ ok: false, error: 'Malformed signal batch.' });
    // Chromium throws UnknownError from indexedDB.open when its backing store is in trouble.
    forgetDbConnection();
    globalThis.indexedDB = {
      open() {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      },
    } as unknown as IDBFactory;
    const batch = { batchId: 'b1', dropped: 0, signals: [{ kind: 'notification', at: Date.now(), messages: 1 }] };
    const reply = await handleMessage({ type: 'signalObserved', payload: batch }, slackTab);
    expect(reply).toMatchObject({ ok: false, retry: true });
  });

  it('stores only the well-formed signals of a batch: the one place their fields are checked', async () => {
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    const slackTab = {
      url: 'https://app.slack.com/client/T1',
      tab: { id: 9, url: 'https://app.slack.com/client/T1' },
    } as never;
    const good = { kind: 'notification', at: Date.now(), messages: 1, title: 'Kim', body: 'x'.repeat(900), held: true };
    const bad = [
      { kind: 'telepathy', at: Date.now(), messages: 1, held: true },
      { kind: 'title', at: Date.now(), messages: 0.5, held: true },
      { kind: 'notification', at: Date.now(), messages: 1, title: 42, held: true },
      { kind: 'sound', at: Date.now(), messages: 1, held: 'yes' },
      'not a signal',
    ];
    const batch = { batchId: 'v1', dropped: 0, signals: [...bad, good] };
    expect(await handleMessage({ type: 'signalObserved', payload: batch }, slackTab)).toEqual({
      ok: true,
      recorded: 1,
    });
    const held = (await handlers.getStatus(undefined, extensionPage)).held;
    expect(held.map((i) => i.kind)).toEqual(['held']);
  });

  it('shows a held keyword notification with the extension’s own notification, and records a breakthrough', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
    await handlers.saveSettings(
      { settings: { ...DEFAULT_SETTINGS, breakthrough: { ...DEFAULT_SETTINGS.breakthrough, keywords: ['zebra'] } } },
      extensionPage,
    );
    await handlers.startBlock({ minutes: 25 }, extensionPage);
    const slackTab = {
      url: 'https://app.slack.com/client/T1',
      tab: { id: 9, url: 'https://app.slack.com/client/T1' },
    } as never;
    const signal = { kind: 'notification', at: Date.now(), messages: 1, title: 'Ops', body: 'zebra down', held: true };
    expect(
      await handleMessage(
        { type: 'signalObserved', payload: { batchId: 'k1', dropped: 0, signals: [signal] } },
        slackTab,
      ),
    ).toEqual({ ok: true, recorded: 1 });
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(id).toMatch(/^page-9-/); // the tab a click brings forward
    expect(options.message).toBe('zebra down');
    const status = await handlers.getStatus(undefined, extensionPage);
    expect(status.current?.breakthroughs).toBe(1);
    expect(status.held).toEqual([]);
  });
});

describe('warnings', () => {
  const slackTab = {
    url: 'https://app.slack.com/client/T1',
    tab: { id: 9, url: 'https://app.slack.com/client/T1' },
  } as never;

  it('keep a storage failure and a flood under their own keys; asking for the status clears neither', async () => {
    // A storage failure inside a handler, as the dispatcher records it.
    const full = new StorageError(
      'storage_saveBlock',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    vi.spyOn(fakeBrowser.alarms, 'get').mockRejectedValueOnce(full);
    expect(await handleMessage({ type: 'startBlock', payload: { minutes: 25 } }, extensionPage as never)).toMatchObject(
      {
        ok: false,
        retry: true,
      },
    );
    for (const [batchId, dropped] of [
      ['f1', 700],
      ['f2', 500],
    ] as const)
      expect(
        await handleMessage({ type: 'signalObserved', payload: { batchId, dropped, signals: [] } }, slackTab),
      ).toEqual({ ok: true, recorded: 0 });

    const first = await handlers.getStatus(undefined, extensionPage);
    expect(first.storageError).toBe(full.worded({ t }));
    expect(first.droppedSignals).toBe(1200);
    const again = await handlers.getStatus(undefined, extensionPage);
    expect([again.storageError, again.droppedSignals]).toEqual([first.storageError, 1200]);
    expect(await fakeBrowser.storage.local.get(['storageError', 'droppedSignals'])).toEqual({
      storageError: first.storageError,
      droppedSignals: 1200,
    });
  });

  it('are cleared one at a time by dismissWarning, and an unknown warning is refused', async () => {
    await fakeBrowser.storage.local.set({ storageError: 'QuotaExceededError', droppedSignals: 3 });
    expect(await handlers.dismissWarning({ warning: 'droppedSignals' }, extensionPage)).toEqual({ ok: true });
    let status = await handlers.getStatus(undefined, extensionPage);
    expect([status.storageError, status.droppedSignals]).toEqual(['QuotaExceededError', 0]);
    expect(await handlers.dismissWarning({ warning: 'nonsense' as never }, extensionPage)).toMatchObject({ ok: false });
    expect(await handlers.dismissWarning({ warning: 'storageError' }, extensionPage)).toEqual({ ok: true });
    status = await handlers.getStatus(undefined, extensionPage);
    expect([status.storageError, status.droppedSignals]).toEqual([null, 0]);
  });
});
