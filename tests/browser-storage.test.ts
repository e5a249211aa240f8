// The typed storage items against WXT's fake browser: each reads its fallback when missing, writes
// under its own key and area, and recognises its own change events only.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  changed,
  droppedSignals,
  focusState,
  muteMemory,
  popupSnapshot,
  read,
  remove,
  storageError,
  syncedSchedule,
  visit,
  write,
} from '@/utils/browser-storage';

beforeEach(() => fakeBrowser.reset());

describe('storage items', () => {
  it('read their fallback while missing', async () => {
    expect(await read(focusState)).toBeNull();
    expect(await read(storageError)).toBeNull();
    expect(await read(droppedSignals)).toBe(0);
    expect(await read(muteMemory)).toEqual({ mutedByUs: [], leftAlone: [] });
    expect(await read(visit)).toBeNull();
    expect(await read(syncedSchedule)).toBeUndefined();
  });

  it('write, read back and remove under their own key and area', async () => {
    await write(droppedSignals, 42);
    await write(popupSnapshot, 7);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ droppedSignals: 42 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ popupStatus: 7 });
    expect(await read(droppedSignals)).toBe(42);
    await remove(droppedSignals);
    expect(await read(droppedSignals)).toBe(0);
    expect(await read(popupSnapshot)).toBe(7);
  });

  it('keep the sync area apart from local', async () => {
    await write(syncedSchedule, { version: 1, rules: [] });
    expect(await fakeBrowser.storage.sync.get('schedule')).toEqual({ schedule: { version: 1, rules: [] } });
    expect(await fakeBrowser.storage.local.get('schedule')).toEqual({});
  });

  it('see only their own changes, in their own area', () => {
    const changes = { storageError: { newValue: 'QuotaExceededError' } };
    expect(changed(storageError, changes, 'local')).toEqual({ newValue: 'QuotaExceededError' });
    expect(changed(storageError, changes, 'session')).toBeUndefined();
    expect(changed(droppedSignals, changes, 'local')).toBeUndefined();
    // Removed: the change is there, without a new value.
    expect(changed(storageError, { storageError: {} }, 'local')).toEqual({});
  });
});
