/** Asks the background for what the options page shows. */
import { send } from '@/utils/messages';
import type { ScheduleFile } from '@/utils/model';
import { type Settings, withDefaults } from '@/utils/settings';

/** A worker that never answers must not leave the page spinning for ever. */
const TIMEOUT_MS = 8000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export interface Loaded {
  settings: Settings;
  schedule: ScheduleFile;
}

/** Settings and schedule, or throws when the background is silent or answers with nothing usable. */
export async function loadAll(): Promise<Loaded> {
  const [settings, schedule] = await withTimeout(Promise.all([send('getSettings'), send('getSchedule')]));
  // A background that has no handler yet replies undefined; treat that as not answering.
  if (!settings || typeof settings !== 'object' || !schedule || !Array.isArray(schedule.rules))
    throw new Error('no answer');
  return { settings: withDefaults(settings), schedule };
}

/** Settings only, asked of the background after it changed them itself (utils/records.ts loadSettings reads the database). */
export async function askSettings(): Promise<Settings> {
  const settings = await withTimeout(send('getSettings'));
  if (!settings || typeof settings !== 'object') throw new Error('no answer');
  return withDefaults(settings);
}
