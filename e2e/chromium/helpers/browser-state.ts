/**
 * What the browser itself holds for the extension, read from the harness's control tab (an
 * extension page, so `chrome.*` and the extension's IndexedDB are reachable while the worker sleeps).
 */
import { type BrowserHandle, controlPage } from '../../harness';

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The extension's blocks as stored in IndexedDB (only the fields these tests read). */
export interface StoredBlock {
  id: string;
  start: number;
  end: number;
  endedAt: number | null;
  origin: 'schedule' | 'manual';
  endedEarly: boolean;
}

type Chromeish = typeof globalThis & {
  chrome: {
    alarms: { getAll(): Promise<AlarmInfo[]>; onAlarm: { addListener(fn: (a: AlarmInfo) => void): void } };
    tabs: { get(id: number): Promise<{ title?: string }> };
  };
} & Record<string, unknown>;

/** Every alarm the extension has now (`chrome.alarms.getAll()`). */
export async function allAlarms(h: BrowserHandle): Promise<AlarmInfo[]> {
  const page = await controlPage(h);
  return page.evaluate(() => (globalThis as Chromeish).chrome.alarms.getAll());
}

/**
 * The extension's alarms as `[name, scheduledTime]` pairs once they equal `expected`, or as they are
 * when `timeoutMs` runs out. The background publishes a block's state before it sets the next alarm
 * (entrypoints/background/engine.ts recompute), so a test that saw the state change waits for the
 * rest of that pass here instead of reading the alarms between the two writes.
 */
export async function alarmsOnceSettled(
  h: BrowserHandle,
  expected: Array<[string, number]>,
  timeoutMs = 5_000,
): Promise<Array<[string, number]>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = (await allAlarms(h)).map((a): [string, number] => [a.name, a.scheduledTime]);
    if (JSON.stringify(now) === JSON.stringify(expected) || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The title Chromium shows for a tab (what the tab strip and other extensions see). */
export async function tabTitle(h: BrowserHandle, tabId: number): Promise<string> {
  const page = await controlPage(h);
  return page.evaluate(async (id) => (await (globalThis as Chromeish).chrome.tabs.get(id)).title ?? '', tabId);
}

/** Every block record in the extension's IndexedDB ("heads-down", store "blocks"), oldest first. */
export async function storedBlocks(h: BrowserHandle): Promise<StoredBlock[]> {
  const page = await controlPage(h);
  const blocks = await page.evaluate(
    () =>
      new Promise<StoredBlock[]>((resolve, reject) => {
        // No version: open whatever the product created, and close at once so its upgrades never wait on us.
        const open = indexedDB.open('heads-down');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('blocks').objectStore('blocks').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredBlock[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return blocks.sort((a, b) => a.start - b.start);
}

/** A log kept in the control tab: when each alarm fired, the most alarms ever seen at once, and how many were set. */
export interface AlarmWatch {
  read(): Promise<{
    fired: Array<{ name: string; scheduledTime: number; at: number }>;
    maxAtOnce: number;
    names: string[];
    /** Alarms set since the watch began: each new (name, time) seen. */
    created: number;
  }>;
}

/**
 * Listens to `chrome.alarms.onAlarm` in the control tab (extension pages get the event too) and
 * samples `getAll()` every 50 ms, so a second alarm living even briefly would be seen. An alarm the
 * extension sets shows as a name with a time not seen for it before: the background never sets one
 * to the time it already has (entrypoints/background/engine.ts setBoundaryAlarm), and a boundary
 * alarm lives until its boundary, far longer than 50 ms, so counting those counts `alarms.create`.
 */
export async function watchAlarms(h: BrowserHandle): Promise<AlarmWatch> {
  const page = await controlPage(h);
  await page.evaluate(() => {
    const g = globalThis as Chromeish;
    const log = { fired: [] as unknown[], maxAtOnce: 0, names: [] as string[], created: 0 };
    // Every alarm (name and time) ever seen, by polling or by its firing: a hidden page's timers are
    // throttled under load, so an alarm that lived between two polls is still counted when it fires.
    const seen = new Set<string>();
    const saw = (name: string, scheduledTime: number) => {
      if (!log.names.includes(name)) log.names.push(name);
      seen.add(`${name}@${scheduledTime}`);
      log.created = seen.size;
    };
    g.__alarmWatch = log;
    g.chrome.alarms.onAlarm.addListener((a) => {
      log.fired.push({ name: a.name, scheduledTime: a.scheduledTime, at: Date.now() });
      saw(a.name, a.scheduledTime);
    });
    const sample = async () => {
      const all = await g.chrome.alarms.getAll();
      log.maxAtOnce = Math.max(log.maxAtOnce, all.length);
      for (const a of all) saw(a.name, a.scheduledTime);
    };
    g.__alarmSample = sample;
    setInterval(sample, 50);
  });
  return {
    // One more sample first: a hidden tab's timers can be held back for a minute, and an alarm set
    // since the last poll that has not fired yet would otherwise be missing from the count (seen in CI).
    read: () =>
      page.evaluate(async () => {
        const g = globalThis as Chromeish;
        await (g.__alarmSample as () => Promise<void>)();
        return g.__alarmWatch;
      }) as ReturnType<AlarmWatch['read']>,
  };
}
