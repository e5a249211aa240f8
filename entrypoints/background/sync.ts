/**
 * Optional mirror of the schedule in the browser's sync storage, so it follows the person across
 * their browsers. IndexedDB stays the source of truth on each device; a synced copy is validated
 * like an import before it replaces the local rules.
 */

import { syncedSchedule, write } from '@/utils/browser-storage';
import type { ScheduleFile } from '@/utils/model';
import { loadSchedule, loadSettings, replaceSchedule } from '@/utils/records';
import { validateSchedule } from '@/utils/schedule-file';
import type { Settings } from '@/utils/settings';

export async function mirrorScheduleToSync(file: ScheduleFile, settings: Settings): Promise<void> {
  if (!settings.syncSchedule) return;
  await write(syncedSchedule, file).catch(() => undefined);
}

/** Another browser changed the synced schedule: adopt it if it is valid and different. */
export async function adoptSyncedSchedule(value: unknown): Promise<boolean> {
  const settings = await loadSettings();
  if (!settings.syncSchedule || value === undefined) return false;
  const checked = validateSchedule(value);
  if (!checked.ok) return false;
  if (JSON.stringify(await loadSchedule()) === JSON.stringify(checked.file)) return false;
  await replaceSchedule(checked.file);
  return true;
}
