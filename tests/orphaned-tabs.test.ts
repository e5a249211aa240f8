// After an extension update mid-block the old page scripts stand down; the background lets their
// tabs go (unmuted, left alone) until they load again with the new scripts (issue 16, finding 7).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onTabChanged, releaseOrphanedTabs } from '@/entrypoints/background/holding';
import { forgetDbConnection } from '@/utils/db';

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

const SLACK = 'https://app.slack.com/client/T1';

describe('tabs orphaned by an update', () => {
  it('are unmuted at once and held again only once they load with the new scripts', async () => {
    const slack = { id: 5, url: SLACK, audible: false, mutedInfo: { muted: true } };
    const other = { id: 6, url: 'https://example.org/', audible: false, mutedInfo: { muted: false } };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([slack, other] as never);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue(undefined as never);
    await fakeBrowser.storage.local.set({ muteMemory: { mutedByUs: [5], leftAlone: [] } });

    await releaseOrphanedTabs();
    expect(update.mock.calls).toEqual([[5, { muted: false }]]);

    // Still the old page: a title or audible change does not mute it again.
    update.mockClear();
    await onTabChanged(5, { audible: true }, { ...slack, mutedInfo: { muted: false } }, true);
    await onTabChanged(5, {}, { ...slack, mutedInfo: { muted: false } }, true);
    expect(update).not.toHaveBeenCalled();

    // It loads again: the new version guards it, and its sound is held for the block.
    await onTabChanged(5, { status: 'loading' }, { ...slack, mutedInfo: { muted: false } }, true);
    expect(update.mock.calls).toEqual([[5, { muted: true }]]);
  });
});
