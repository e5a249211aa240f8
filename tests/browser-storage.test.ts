// The typed storage items against WXT's fake browser: each reads its fallback when missing, writes
// under its own key and area, and recognises its own change events only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  droppedSignals,
  focusState,
  muteMemory,
  recordsRevision,
  storageError,
  syncedSchedule,
  visit,
} from '@/utils/browser-storage';

beforeEach(() => fakeBrowser.reset());

describe('storage items', () => {
  it('read their fallback while missing', async () => {
    expect(await focusState.get()).toBeNull();
    expect(await storageError.get()).toBeNull();
    expect(await droppedSignals.get()).toBe(0);
    expect(await muteMemory.get()).toEqual({ mutedByUs: [], leftAlone: [] });
    expect(await visit.get()).toBeNull();
    expect(await syncedSchedule.get()).toBeUndefined();
  });

  it('write, read back and remove under their own key and area', async () => {
    await droppedSignals.set(42);
    await recordsRevision.set(7);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ droppedSignals: 42 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ recordsRevision: 7 });
    expect(await droppedSignals.get()).toBe(42);
    await droppedSignals.remove();
    expect(await droppedSignals.get()).toBe(0);
    expect(await recordsRevision.get()).toBe(7);
  });

  it('keep the sync area apart from local', async () => {
    await syncedSchedule.set({ version: 1, rules: [] });
    expect(await fakeBrowser.storage.sync.get('schedule')).toEqual({ schedule: { version: 1, rules: [] } });
    expect(await fakeBrowser.storage.local.get('schedule')).toEqual({});
  });

  it('see only their own changes, in their own area; a removal reads as the fallback', () => {
    const changes = { storageError: { newValue: 'QuotaExceededError' } };
    expect(storageError.changed(changes, 'local')).toEqual({ value: 'QuotaExceededError' });
    expect(storageError.changed(changes, 'session')).toBeNull();
    expect(droppedSignals.changed(changes, 'local')).toBeNull();
    expect(storageError.changed({ storageError: {} }, 'local')).toEqual({ value: null });
  });
});
