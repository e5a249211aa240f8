/** Driving the report page: open it in a locale, seed its database, read every data-testid. */
import type { Page } from 'playwright-core';
import type { FocusBlock, Interruption, ScheduleRule } from '../../../utils/model';
import type { BrowserHandle } from '../../harness';

export interface OpenOptions {
  /** ?week=yyyy-MM-dd (any day of the wanted week). */
  week?: string;
  /** navigator.language and Intl's default locale for this tab only (decides the first weekday). */
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

/** The report URL of the extension. */
export function reportUrl(h: BrowserHandle, week?: string): string {
  return `chrome-extension://${h.extensionId}/report.html${week ? `?week=${week}` : ''}`;
}

/** Waits until the report has drawn a week (optionally this one) from the database. */
export async function waitReady(page: Page, week?: string): Promise<void> {
  // One selector, so "ready" and the week are read from the same render.
  const named = week ? ` [data-testid="week-range"][data-week="${week}"]` : '';
  await page.waitForSelector(`main#report[data-state="ready"]${named}`, { timeout: 30_000 });
}

/** A new tab on the report, with the locale and colour scheme set before any page code runs. */
export async function openReport(h: BrowserHandle, options: OpenOptions = {}): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  if (options.locale) {
    const cdp = await h.context.newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: options.locale });
    await cdp.send('Emulation.setLocaleOverride', { locale: options.locale });
  }
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(reportUrl(h, options.week), { waitUntil: 'load' });
  await waitReady(page);
  return page;
}

/**
 * Replaces all interruptions and blocks with `records`, in one transaction, through the raw
 * IndexedDB API. The database must already exist (the report page creates it on load): the test
 * writes into the product's schema, it never makes one.
 */
export async function seed(
  page: Page,
  records: {
    interruptions: Interruption[];
    blocks: FocusBlock[];
    away?: Array<{ start: number; end: number }>;
    /** Working hours to store in the settings (a partial settings record); none: the product's default. */
    workHours?: ScheduleRule[];
  },
): Promise<void> {
  await page.evaluate(
    ({ interruptions, blocks, away, workHours }) =>
      new Promise<void>((resolve, reject) => {
        // No version: the schema is the product's; the test only fills it.
        const open = indexedDB.open('heads-down');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error('heads-down does not exist yet: open the report before seeding'));
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Written around the rollups: their mark goes (utils/db.ts rollupsComplete), and the report
          // rebuilds them all before it reads one. Cleared too, so no stale one is left even for a moment.
          const tx = db.transaction(['interruptions', 'blocks', 'away', 'kv', 'rollups'], 'readwrite');
          tx.objectStore('rollups').clear();
          tx.objectStore('kv').delete('rollupsComplete');
          const ints = tx.objectStore('interruptions');
          const blks = tx.objectStore('blocks');
          const gone = tx.objectStore('away');
          ints.clear();
          blks.clear();
          gone.clear();
          if (workHours) tx.objectStore('kv').put({ workHours, workHoursConfirmed: true }, 'settings');
          else tx.objectStore('kv').delete('settings');
          for (const r of interruptions) ints.put(r);
          for (const b of blocks) blks.put(b);
          for (const a of away) gone.put(a);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    { away: [], workHours: null, ...records },
  );
}

export interface Cell {
  text: string;
  /** data-value, when the element has one. */
  value: string | null;
  /** data-rate and data-state, when the element has them. */
  rate: string | null;
  state: string | null;
}

/** Every element with a data-testid: its text and data-value, in document order. */
export async function readTestIds(page: Page): Promise<Map<string, Cell>> {
  const list = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid]')].map((el) => [
      el.dataset.testid ?? '',
      {
        text: (el.textContent ?? '').trim(),
        value: el.dataset.value ?? null,
        rate: el.dataset.rate ?? null,
        state: el.dataset.state ?? null,
      },
    ]),
  );
  return new Map(list as Array<[string, Cell]>);
}

/** The dates of the day rows, in order, from their data-testids. */
export function dayRowDates(cells: Map<string, Cell>): string[] {
  return [...cells.keys()].flatMap((id) => /^day-(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1] ?? []);
}
