/**
 * Figure 6: the popup's JavaScript weight, and its first contentful paint with live data against
 * a blank extension page (one line of text, no script) of the same extension, in the same run.
 *
 * Both pages load in a viewport of the popup's size (360 px, the popup's width in
 * entrypoints/popup/style.css; 600 px, the height Chromium gives a popup at most): the popup is
 * never seen wider. In a 1280×720 tab, as earlier runs measured it, the popup's page background
 * filled six raster tiles against the blank page's one, a cost no person sees; the same loads in a
 * tab are kept beside it (`inTab`) so runs stay comparable. The live data's own paint (the held
 * list, by the largest-contentful-paint after it enters the DOM) is its own figure, `popup_live_paint_ratio`: the first
 * paint is the header that is in the HTML, and the live state comes one draw later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { BLANK_PAGE } from './browsers';
import { POPUP_FLOOR_PAGE } from './floor-pages';
import { gzBytes, median, ratioOf, round, sideBySide } from './measure';
import { injectedScripts } from './scripts';

/** The JS files popup.html loads: its module scripts and the chunks it preloads. */
export function popupScriptsFromHtml(extPath: string): string[] {
  const html = readFileSync(join(extPath, 'popup.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload/i.test(tag)) continue;
    const ref = tag.match(/\b(?:src|href)=["']([^"']+)["']/i)?.[1];
    if (ref) files.add(ref.replace(/^\//, ''));
  }
  return [...files];
}

/** The popup's size as a person sees it (see the file's comment). */
export const POPUP_VIEWPORT = { width: 360, height: 600 };

interface PaintSample {
  fcp: number;
  /** When the held list was in the DOM (the popup's live data drawn); null on the blank page. */
  heldShown: number | null;
  /** When the frame showing the held list was painted (largest-contentful-paint); null on the blank page. */
  heldPainted: number | null;
}

async function paint(
  context: BrowserContext,
  url: string,
  viewport: typeof POPUP_VIEWPORT | null,
): Promise<PaintSample> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  // Evaluated before any page script (and not subject to the page's CSP).
  await page.addInitScript(() => {
    const w = window as Window & { __benchHeldAt?: number; __benchHeldPainted?: number };
    // The first largest-contentful-paint entry after the held list entered the DOM is the frame
    // that showed it: the live state is the largest content the popup draws.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (w.__benchHeldAt !== undefined && w.__benchHeldPainted === undefined && e.startTime >= w.__benchHeldAt)
          w.__benchHeldPainted = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.getElementById('held-heading')) {
        w.__benchHeldAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const w = window as Window & { __benchHeldAt?: number; __benchHeldPainted?: number };
      const deadline = performance.now() + 5000;
      const firstPaint = () => performance.getEntriesByName('first-contentful-paint')[0];
      while (!firstPaint() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      const fcp = firstPaint();
      if (!fcp) throw new Error(`no first contentful paint on ${location.href}`);
      if (document.querySelector('main.popup')) {
        // The popup, or its floor page (bench/floor-pages.ts): both draw #held-heading.
        while (w.__benchHeldPainted === undefined && performance.now() < deadline)
          await new Promise((r) => setTimeout(r, 10));
        if (w.__benchHeldPainted === undefined) throw new Error('the held list was never painted');
      }
      return { fcp: fcp.startTime, heldShown: w.__benchHeldAt ?? null, heldPainted: w.__benchHeldPainted ?? null };
    });
  } finally {
    await page.close();
  }
}

/** Popup and blank page alternately, `runs` each: FCP ratio, and the held list's paint over the blank page's FCP. */
async function paintRatios(
  context: BrowserContext,
  popupUrl: string,
  blankUrl: string,
  runs: number,
  viewport: typeof POPUP_VIEWPORT | null,
) {
  await paint(context, popupUrl, viewport); // warm-up: the first extension page of a browser pays for the renderer
  await paint(context, blankUrl, viewport);
  const samples: PaintSample[] = [];
  const blank: number[] = [];
  const fcp = ratioOf(
    await sideBySide(
      runs,
      async () => {
        const s = await paint(context, popupUrl, viewport);
        samples.push(s);
        return s.fcp;
      },
      async () => {
        const b = (await paint(context, blankUrl, viewport)).fcp;
        blank.push(b);
        return b;
      },
    ),
    'ms (first-contentful-paint)',
  );
  const live = ratioOf(
    { a: samples.map((s) => s.heldPainted ?? Number.NaN), b: blank },
    'ms (held list painted vs blank page first paint)',
  );
  const held = samples.map((s) => s.heldShown).filter((x): x is number => x !== null);
  return { fcp, live, medianHeldListInDomMs: held.length ? round(median(held)) : null };
}

/** Figure 6: JS bytes from popup.html (checked against what the page really fetched) and the paint ratios. */
export async function popupFigures(
  context: BrowserContext,
  extensionId: string,
  extPath: string,
  runs: number,
  tabRuns: number,
) {
  const base = `chrome-extension://${extensionId}/`;
  const popupUrl = `${base}popup.html`;
  const blankUrl = `${base}${BLANK_PAGE}`;
  const atPopupSize = await paintRatios(context, popupUrl, blankUrl, runs, POPUP_VIEWPORT);
  // What any popup that shows the snapshot pays: one storage.session read and one draw, no more.
  const floor = await paintRatios(context, `${base}${POPUP_FLOOR_PAGE}`, blankUrl, runs, POPUP_VIEWPORT);
  const inTab = await paintRatios(context, popupUrl, blankUrl, tabRuns, null);
  const fromHtml = popupScriptsFromHtml(extPath);
  // Resource Timing lists no chrome-extension:// module scripts, so ask V8 what it compiled.
  // (Its main world is the extension's origin, so keep only the extension's files, not evaluated snippets.)
  const fetched = (await injectedScripts(context, extensionId, popupUrl)).scripts
    .filter((s) => s.url.startsWith(base) && s.url.endsWith('.js'))
    .map((s) => s.url.slice(base.length));
  const files = [...new Set([...fromHtml, ...fetched])];
  const sizes = files.map((f) => ({ file: f, gzBytes: gzBytes(readFileSync(join(extPath, f))) }));
  const tab = (r: typeof inTab) => ({
    fcpRatio: r.fcp.value,
    liveRatio: r.live.value,
    ...r.fcp.detail,
    heldPaintedMedian: r.live.detail.medianWith,
  });
  return {
    jsGz: {
      value: sizes.reduce((sum, s) => sum + s.gzBytes, 0),
      detail: { files: sizes, fromHtml, compiledByPage: fetched },
    },
    paint: {
      ...atPopupSize.fcp,
      detail: {
        viewport: POPUP_VIEWPORT,
        ...atPopupSize.fcp.detail,
        medianHeldListInDomMs: atPopupSize.medianHeldListInDomMs,
        inTab: { viewport: '1280×720 (the page as a tab)', runs: tabRuns, ...tab(inTab) },
      },
    },
    live: {
      ...atPopupSize.live,
      detail: {
        viewport: POPUP_VIEWPORT,
        ...atPopupSize.live.detail,
        floorPage: {
          about: 'an extension page whose only script reads the popup snapshot from storage.session and draws it',
          liveRatio: floor.live.value,
          firstPaintRatio: floor.fcp.value,
          heldPaintedMedian: floor.live.detail.medianWith,
          blankFirstPaintMedian: floor.live.detail.medianWithout,
        },
      },
    },
  };
}
