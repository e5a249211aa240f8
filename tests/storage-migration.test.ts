// The storage.local migration on update: retired keys go, the flood warning moves off the storage
// error's key to its own count, a real storage error and everything else stay.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateStorage } from '@/entrypoints/background/migrate-storage';
import { STORAGE_VERSION } from '@/utils/browser-storage';
import { migrationPlan } from '@/utils/storage-migration';

beforeEach(() => fakeBrowser.reset());

const focusState = { block: null, disabledApps: [], neverHold: [], customSites: [], revision: 3 };
const flood = 'A page sent more signals than Heads Down accepts; 12 were not counted.';

describe('migrationPlan', () => {
  it('removes the retired keys and records the version', () => {
    expect(migrationPlan({ installedAt: 1, lastZone: 'UTC', alarmsCreated: 9, focusState })).toEqual({
      remove: ['installedAt', 'lastZone', 'alarmsCreated'],
      set: { storageVersion: STORAGE_VERSION },
    });
  });

  it('moves the flood warning off the storage error, keeping its count', () => {
    expect(migrationPlan({ storageError: flood, droppedSignals: 12 })).toEqual({
      remove: ['storageError'],
      set: { storageVersion: STORAGE_VERSION },
    });
    // A count lost meanwhile is recovered from the text.
    expect(migrationPlan({ storageError: flood })).toEqual({
      remove: ['storageError'],
      set: { storageVersion: STORAGE_VERSION, droppedSignals: 12 },
    });
  });

  it('keeps a real storage error', () => {
    expect(migrationPlan({ storageError: 'QuotaExceededError', droppedSignals: 3 })).toEqual({
      remove: [],
      set: { storageVersion: STORAGE_VERSION },
    });
  });

  it('does nothing once current', () => {
    expect(migrationPlan({ storageVersion: STORAGE_VERSION, installedAt: 1 })).toEqual({ remove: [], set: {} });
  });
});

describe('migrateStorage', () => {
  it('changes an old storage.local in place and loses nothing else', async () => {
    await fakeBrowser.storage.local.set({
      installedAt: 1,
      lastZone: 'Europe/Berlin',
      alarmsCreated: 4,
      storageError: flood,
      droppedSignals: 12,
      focusState,
      retentionAt: 5,
      muteMemory: { mutedByUs: [1], leftAlone: [] },
    });
    await migrateStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      storageVersion: STORAGE_VERSION,
      droppedSignals: 12,
      focusState,
      retentionAt: 5,
      muteMemory: { mutedByUs: [1], leftAlone: [] },
    });
    // Twice is the same as once.
    await migrateStorage();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'droppedSignals',
      'focusState',
      'muteMemory',
      'retentionAt',
      'storageVersion',
    ]);
  });
});
