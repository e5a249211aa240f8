/**
 * A year of history for the report's benchmark: about 75,000 interruptions and two focus blocks
 * per weekday, generated inside the page (shipping 75,000 records over CDP would cost more than
 * writing them) and written in a few large transactions.
 */
import type { Page } from 'playwright-core';

export interface YearOptions {
  /** The history ends here (epoch ms). */
  end: number;
  days?: number;
  perDay?: number;
  /** Records per transaction. */
  batch?: number;
}

/** Clears both stores and writes the year; resolves to the counts written. */
export function seedYear(page: Page, options: YearOptions): Promise<{ interruptions: number; blocks: number }> {
  const { end, days = 365, perDay = 205, batch = 20_000 } = options;
  return page.evaluate(
    async ({ end, days, perDay, batch }) => {
      let a = 0x5eed;
      const rand = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
      };
      const apps = ['gmail', 'slack', 'discord', 'whatsapp', 'teams', 'outlook', 'telegram-k'];
      const kinds = ['delivered', 'held', 'held', 'held', 'breakthrough', 'peek'] as const;
      const DAY = 86_400_000;
      const first = new Date(end - days * DAY).setHours(0, 0, 0, 0); // local midnight, roughly
      const blocks: object[] = [];
      const ints: object[] = [];
      for (let d = 0; d < days; d++) {
        const dayStart = first + d * DAY;
        const dow = new Date(dayStart).getDay();
        const dayBlocks: Array<{ id: string; start: number; end: number }> = [];
        if (dow !== 0 && dow !== 6) {
          for (const hour of [9, 14]) {
            const start = dayStart + hour * 3_600_000 + Math.floor(rand() * 30) * 60_000;
            const stop = Math.min(end, start + (60 + Math.floor(rand() * 90)) * 60_000);
            if (stop <= start) continue;
            const b = {
              id: `y-b-${d}-${hour}`,
              start,
              end: stop,
              endedAt: stop,
              origin: 'schedule',
              endedEarly: false,
              strict: false,
              digestShown: true,
            };
            blocks.push(b);
            dayBlocks.push(b);
          }
        }
        for (let i = 0; i < perDay; i++) {
          const at = dayStart + 7 * 3_600_000 + Math.floor(rand() * 15 * 3_600_000);
          if (at >= end) continue;
          const inside = dayBlocks.find((b) => at >= b.start && at < b.end);
          const kind = inside ? kinds[Math.floor(rand() * kinds.length)]! : 'delivered';
          const messages = kind === 'peek' ? 0 : 1 + Math.floor(rand() * 4);
          ints.push({
            id: `y-${d}-${i}`,
            at,
            lastAt: at,
            offsetMin: -new Date(at).getTimezoneOffset(),
            appId: apps[Math.floor(rand() * apps.length)],
            tabId: 1 + (i % 20),
            kind,
            messages,
            signals: kind === 'peek' ? [] : ['notification'],
            blockId: inside?.id ?? null,
            text: null,
            state: kind === 'held' ? 'released' : 'opened',
            tally: { notification: messages, rise: 0 },
          });
        }
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('heads-down', 2);
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error('heads-down v2 does not exist yet: open the report before seeding'));
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const write = (store: string, list: object[], clear: boolean) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          if (clear) tx.objectStore(store).clear();
          for (const r of list) tx.objectStore(store).put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      await write('blocks', blocks, true);
      for (let i = 0; i < ints.length; i += batch) await write('interruptions', ints.slice(i, i + batch), i === 0);
      db.close();
      return { interruptions: ints.length, blocks: blocks.length };
    },
    { end, days, perDay, batch },
  );
}

/** Milliseconds from navigation start to the report's ready mark, as the page measured it. */
export async function readyMark(page: Page): Promise<number> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('heads-down:report-ready', 'mark')[0];
    if (!mark) throw new Error('no heads-down:report-ready mark');
    return mark.startTime;
  });
}

/** The median of a few numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
