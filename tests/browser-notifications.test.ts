// Notifications where Firefox and Chromium differ: Firefox rejects `buttons`, so the digest must still
// appear (without them), the block must still end, and its held items must still be released.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, handlers } from '@/entrypoints/background/handlers';
import { notificationOptions, showNotification } from '@/utils/browser-notifications';
import { lastDigest, read, storageError } from '@/utils/browser-storage';
import { openHeadsDownDb } from '@/utils/db';
import { digestTargetOf } from '@/utils/digest';
import { resetBackgroundFakes } from './background-fakes';

const extensionPage = { url: 'chrome-extension://test/popup.html' };
const spec = { id: 'n1', title: '3 held', message: 'Slack 2, Gmail 1', actions: ['Open Slack', 'Open the report'] };

/** What Firefox 140's schema check does with `buttons` (its error text, seen in firefox-esr). */
function firefoxCreate(): ReturnType<typeof vi.fn> {
  return vi.fn(async (_id: string, options: Record<string, unknown>) => {
    if ('buttons' in options)
      throw new Error(
        'Type error for parameter options (Property "buttons" is unsupported by Firefox) for notifications.create.',
      );
    return _id;
  });
}

beforeEach(() => {
  resetBackgroundFakes();
});

describe('showNotification', () => {
  it('without buttons passes only the fields Firefox supports', () => {
    expect(Object.keys(notificationOptions(spec, false)).sort()).toEqual(['iconUrl', 'message', 'title', 'type']);
    expect(notificationOptions(spec, true).buttons).toEqual([{ title: 'Open Slack' }, { title: 'Open the report' }]);
  });

  it('falls back to a plain notification when the browser refuses buttons', async () => {
    const create = firefoxCreate();
    fakeBrowser.notifications.create = create as never;
    expect(await showNotification(spec, true)).toBe('plain');
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1]?.[1]).not.toHaveProperty('buttons');
  });

  it('never throws, even when no notification can be shown', async () => {
    fakeBrowser.notifications.create = vi.fn(async () => {
      throw new Error('notifications are off');
    }) as never;
    expect(await showNotification(spec, true)).toBe('failed');
    expect(await showNotification(spec, false)).toBe('failed');
  });
});

describe('what a click on the digest does', () => {
  it('with buttons each button does its own action and the body opens the report', () => {
    expect(digestTargetOf('slack', 0, true)).toEqual({ kind: 'app', appId: 'slack' });
    expect(digestTargetOf('slack', 1, true)).toEqual({ kind: 'report' });
    expect(digestTargetOf('slack', null, true)).toEqual({ kind: 'report' });
    expect(digestTargetOf(null, 0, true)).toEqual({ kind: 'report' });
  });

  it('without buttons the body does what the first button would have done', () => {
    expect(digestTargetOf('slack', null, false)).toEqual({ kind: 'app', appId: 'slack' });
    expect(digestTargetOf(null, null, false)).toEqual({ kind: 'report' });
  });
});

describe('ending a block where buttons are refused (Firefox)', () => {
  it('shows the digest without buttons, ends the block and releases what it held', async () => {
    const create = firefoxCreate();
    fakeBrowser.notifications.create = create as never;
    expect(await handlers.startBlock({ minutes: 25 }, extensionPage)).toEqual({ ok: true });
    const slackTab = { url: 'https://app.slack.com/client/T1', tab: { id: 9, url: 'https://app.slack.com/client/T1' } };
    const signal = { kind: 'notification', at: Date.now(), messages: 1, title: 'Ana', body: 'hi' };
    const reply = await handleMessage(
      { type: 'signalObserved', payload: { batchId: 'b1', dropped: 0, signals: [signal] } },
      slackTab as never,
    );
    expect(reply).toEqual({ ok: true, recorded: 1 });

    expect(await handleMessage({ type: 'endBlock', payload: {} }, extensionPage as never)).toEqual({ ok: true });
    const status = await handlers.getStatus(undefined, extensionPage);
    expect(status.block).toBeNull();
    // Released by the digest: the held list is empty and the record says so.
    expect(status.held).toEqual([]);
    const records = await (await openHeadsDownDb()).getAll('interruptions');
    expect(records.map((i) => [i.appId, i.kind, i.state])).toEqual([['slack', 'held', 'released']]);
    const shown = create.mock.calls.at(-1);
    expect(shown?.[1]).not.toHaveProperty('buttons');
    expect(await read(lastDigest)).toMatchObject({
      id: shown?.[0],
      held: 1,
      busiestAppId: 'slack',
      withButtons: false,
    });
  });

  it('an unexpected browser error reaches the popup as a sentence, not as the raw error', async () => {
    const raw = 'Type error for parameter options (Property "buttons" is unsupported by Firefox)';
    vi.spyOn(fakeBrowser.alarms, 'get').mockRejectedValue(new TypeError(raw));
    const reply = (await handleMessage({ type: 'startBlock', payload: { minutes: 5 } }, extensionPage as never)) as {
      ok: boolean;
      error: string;
    };
    expect(reply.ok).toBe(false);
    expect(reply.error).not.toContain('Type error');
    expect(reply.error).toMatch(/\S/);
    expect(await read(storageError)).toBeNull();
  });
});
