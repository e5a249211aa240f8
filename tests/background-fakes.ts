/**
 * A clean background for each glue test: WXT's fake browser reset, the toolbar calls it does not
 * implement answered, and a fresh fake IndexedDB with the product's cached connection forgotten.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDbConnection } from '@/utils/db';

export function resetBackgroundFakes(): void {
  fakeBrowser.reset();
  for (const name of ['setIcon', 'setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const)
    vi.spyOn(fakeBrowser.action, name).mockResolvedValue(undefined as never);
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
}
