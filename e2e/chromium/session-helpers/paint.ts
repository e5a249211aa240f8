/** First paint of extension pages, measured in the page with the Paint Timing API. */
import type { BrowserHandle } from '../../harness';

export interface PaintSample {
  /** first-contentful-paint, ms from navigation start; null if the page never painted content. */
  fcp: number | null;
  /** When the popup first showed the background's answer (a section heading), or null. */
  statusShown: number | null;
}

/**
 * Loads `path` of the extension in a fresh foreground tab and reads its paint entries. For the
 * popup, a MutationObserver installed before any page script notes when the first `<h2>` (a card
 * with live data) appears, since FCP may be the "Loading…" line.
 */
export async function measurePaint(h: BrowserHandle, path: string): Promise<PaintSample> {
  const page = await h.context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __statusShown?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('main h2')) {
          w.__statusShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${h.extensionId}/${path}`, { waitUntil: 'load' });
    return await page.evaluate(
      () =>
        new Promise<PaintSample>((resolve) => {
          const w = window as unknown as { __statusShown?: number };
          const sample = (): PaintSample | null => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            return fcp === undefined ? null : { fcp, statusShown: w.__statusShown ?? null };
          };
          const poll = (left: number) => {
            const s = sample();
            if (s && (s.statusShown !== null || !document.querySelector('#app'))) resolve(s);
            else if (left <= 0) resolve(s ?? { fcp: null, statusShown: w.__statusShown ?? null });
            else setTimeout(() => poll(left - 50), 50);
          };
          poll(5_000);
        }),
    );
  } finally {
    await page.close();
  }
}

/** The median of the numbers that are there (null when there are none). */
export function median(values: (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
