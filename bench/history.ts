/**
 * Figure 7: the weekly report with a year, then five years, of history. The bench writes ~75,000
 * interruptions a year and the year's focus blocks straight into the extension's IndexedDB
 * ('heads-down' v4, created by the background at start-up) from the control tab, an extension page,
 * then times report.html from navigation start to its `heads-down:report-ready` mark (the shown
 * week's figures are in the DOM).
 *
 * Writing the stores directly goes around the per-day rollups the product keeps with every write
 * (utils/day-rollups.ts), so the seeding deletes their `rollupsComplete` mark in the same transaction,
 * as every such writer must, and the report rebuilds them all on its first load (as the v4 migration
 * does after an upgrade); that load, which also waits for the trend and the suggestions (eight weeks),
 * comes before the timed ones.
 */
import type { BrowserHandle } from '../e2e/harness';
import { controlPage } from '../e2e/harness/control';
import { BLANK_PAGE } from './browsers';
import { REPORT_FLOOR_MARK, REPORT_FLOOR_PAGE } from './floor-pages';
import { median, round, sideBySide } from './measure';

const READY_MARK = 'heads-down:report-ready';
const APPS = ['gmail', 'slack', 'teams', 'discord', 'whatsapp', 'outlook', 'telegram-a'];

/**
 * Seeds `count` interruptions over the days from `fromDaysAgo` to `toDaysAgo` before now
 * (deterministic), with two blocks each weekday.
 */
export async function seedHistory(h: BrowserHandle, count: number, fromDaysAgo = 365, toDaysAgo = 0) {
  const page = await controlPage(h);
  return page.evaluate(
    async ({ total, apps, back, until }) => {
      const DAY = 86_400_000;
      let s = 0x9e3779b9; // mulberry32: the same year of history on every run
      const rand = () => {
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), 1 | s);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const now = Date.now() - until * DAY;
      const first = new Date(now - (back - until) * DAY);
      first.setHours(0, 0, 0, 0);
      const blocks: Array<Record<string, unknown> & { start: number; end: number; id: string }> = [];
      for (let d = new Date(first); d.getTime() < now; d.setDate(d.getDate() + 1)) {
        if (d.getDay() === 0 || d.getDay() === 6) continue;
        for (const [h0, h1] of [
          [9, 11],
          [14, 15.5],
        ] as const) {
          const start = d.getTime() + h0 * 3_600_000;
          const end = d.getTime() + h1 * 3_600_000;
          if (end > now) continue;
          blocks.push({
            id: `seed-b-${start}`,
            start,
            end,
            endedAt: end,
            origin: 'schedule',
            endedEarly: false,
            strict: false,
            digestShown: true,
          });
        }
      }
      const span = now - first.getTime();
      const records: unknown[] = [];
      for (let i = 0; i < total; i++) {
        const dayStart = first.getTime() + Math.floor(((i + rand()) / total) * (span / DAY)) * DAY;
        const at = Math.min(now - 1, dayStart + 8 * 3_600_000 + Math.floor(rand() * 11 * 3_600_000));
        const block = blocks.find((b) => b.start <= at && at < b.end);
        const r = rand();
        const kind = !block ? 'delivered' : r < 0.05 ? 'peek' : r < 0.15 ? 'breakthrough' : 'held';
        const messages = kind === 'peek' ? 0 : 1 + Math.floor(rand() * 3);
        records.push({
          id: `seed-i-${back}-${i}`,
          at,
          lastAt: at + Math.floor(rand() * 2000),
          offsetMin: -new Date(at).getTimezoneOffset(),
          appId: apps[Math.floor(rand() * apps.length)],
          tabId: null,
          kind,
          messages,
          signals: kind === 'peek' ? [] : ['notification', 'title'],
          blockId: block?.id ?? null,
          text: null,
          state: kind === 'held' ? (rand() < 0.2 ? 'opened' : 'released') : 'released',
          tally: { notification: messages, rise: messages },
        });
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('heads-down');
        req.onupgradeneeded = () => req.transaction?.abort(); // not created by the background yet: refuse
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (db.version !== 4) throw new Error(`expected the heads-down database at version 4, found ${db.version}`);
      const t0 = performance.now();
      const tx = db.transaction(['interruptions', 'blocks', 'kv'], 'readwrite');
      for (const b of blocks) tx.objectStore('blocks').put(b);
      for (const r of records) tx.objectStore('interruptions').put(r);
      tx.objectStore('kv').delete('rollupsComplete'); // written around the rollups (utils/db.ts)
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return { interruptions: records.length, blocks: blocks.length, writeMs: Math.round(performance.now() - t0) };
    },
    { total: count, apps: APPS, back: fromDaysAgo, until: toDaysAgo },
  );
}

/**
 * Runs in the report page (as source text): resolves once the ready mark is there, with its time,
 * the page's first contentful paint and the week's held count as drawn; rejects after 60 s.
 */
function readyOf(mark: string): Promise<{ ready: number; fcp: number | null; weekHeld: string | null }> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 60_000;
    const check = () => {
      const ready = performance.getEntriesByName(mark)[0];
      if (ready) {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        const weekHeld = document.querySelector('[data-testid="total-held"]')?.textContent ?? null;
        resolve({ ready: ready.startTime, fcp, weekHeld });
      } else if (performance.now() > deadline) reject(new Error(`no ${mark} mark within 60 s`));
      else setTimeout(check, 10);
    };
    check();
  });
}

/** One fresh load of `file` (the report, or its floor page), timed to its `mark`. */
async function readyOnce(h: BrowserHandle, file = 'report.html', mark = READY_MARK) {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/${file}`);
    // Waited for through DevTools' own Runtime.evaluate, not Playwright's waitForFunction: that loads
    // Playwright's injected script (about 330 KB) into the page while it is still drawing, and a trace
    // showed it taking the page's main thread for up to 41 ms before the ready mark, a cost that is
    // the bench's, not the report's. The mark is the same; only how the bench hears it changed.
    const cdp = await h.context.newCDPSession(page);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${readyOf.toString()})(${JSON.stringify(mark)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    await cdp.detach();
    if (exceptionDetails)
      throw new Error(`report not ready: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as { ready: number; fcp: number | null; weekHeld: string | null };
  } finally {
    await page.close();
  }
}

/** One load that waits for everything the report reads after its ready mark (trend, suggestions). */
export async function reportWarmUp(h: BrowserHandle): Promise<number> {
  const page = await h.context.newPage();
  try {
    const t0 = Date.now();
    await page.goto(`chrome-extension://${h.extensionId}/report.html`);
    await page.waitForSelector('[data-testid^="suggestion"]', { state: 'attached', timeout: 300_000 });
    return Date.now() - t0;
  } finally {
    await page.close();
  }
}

/** First contentful paint of the blank extension page (bench/browsers.ts), the floor of any extension page. */
async function blankPaintMs(h: BrowserHandle): Promise<number> {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/${BLANK_PAGE}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
  } finally {
    await page.close();
  }
}

/**
 * Median time to the report's ready mark over `runs` fresh loads, alternating with the blank
 * extension page and the report's floor page (bench/floor-pages.ts): the limit is absolute, and the
 * other two say what this machine allows that day, for any page and for any page that reads the week.
 */
export async function reportReadyMs(h: BrowserHandle, runs: number) {
  const samples: Array<Awaited<ReturnType<typeof readyOnce>>> = [];
  const floor: number[] = [];
  const { b: blank } = await sideBySide(
    runs,
    async () => {
      const s = await readyOnce(h);
      samples.push(s);
      return s.ready;
    },
    async () => {
      floor.push((await readyOnce(h, REPORT_FLOOR_PAGE, REPORT_FLOOR_MARK)).ready);
      return blankPaintMs(h);
    },
  );
  const ready = median(samples.map((s) => s.ready));
  const blankMs = median(blank);
  return {
    value: round(ready, 1),
    samples: samples.map((s) => round(s.ready, 1)),
    firstPaintMs: round(median(samples.map((s) => s.fcp ?? Number.NaN)), 1),
    blankPageFirstPaintMs: round(blankMs, 1),
    readyOverBlankPaint: round(ready / blankMs),
    floorPageReadyMs: round(median(floor), 1),
    weekHeldShown: samples[0]?.weekHeld ?? null,
  };
}
