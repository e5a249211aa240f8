/**
 * The warnings the popup shows until the person closes them: a storage failure, and signals a page
 * sent past the rate cap. Each has its own key (utils/browser-storage.ts); asking for the status never
 * clears them, only `dismissWarning` does.
 */

import { droppedSignals, read, remove, storageError, write } from '@/utils/browser-storage';
import type { Warning } from '@/utils/messages';

/** A storage failure, already worded (utils/db.ts StorageError); the latest one is shown. */
export async function recordStorageError(text: string): Promise<void> {
  await write(storageError, text);
}

/** Batches report their own drops: they add up until the person has been shown the total. */
export async function addDroppedSignals(dropped: number): Promise<void> {
  await write(droppedSignals, (await read(droppedSignals)) + Math.floor(dropped));
}

export async function dismissWarning(warning: Warning): Promise<void> {
  await remove(warning === 'storageError' ? storageError : droppedSignals);
}
