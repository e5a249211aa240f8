/**
 * Figure 6: the popup's JavaScript weight, and its first contentful paint with live data against
 * a blank extension page (one line of text, no script) of the same extension, in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { BLANK_PAGE } from './browsers';
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

interface PaintSample {
  fcp: number;
  /** When the held list was in the DOM (the popup's live data drawn); null on the blank page. */
  heldShown: number | null;
}

async function paint(context: BrowserContext, url: string): Promise<PaintSample> {
  const page = await context.newPage();
  // Evaluated before any page script (and not subject to the page's CSP).
  await page.addInitScript(() => {
    const w = window as Window & { __benchHeldAt?: number };
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
      const w = window as Window & { __benchHeldAt?: number };
      const deadline = performance.now() + 5000;
      const firstPaint = () => performance.getEntriesByName('first-contentful-paint')[0];
      while (!firstPaint() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      const fcp = firstPaint();
      if (!fcp) throw new Error(`no first contentful paint on ${location.href}`);
      if (document.querySelector('main.popup'))
        while (w.__benchHeldAt === undefined && performance.now() < deadline)
          await new Promise((r) => setTimeout(r, 10));
      return { fcp: fcp.startTime, heldShown: w.__benchHeldAt ?? null };
    });
  } finally {
    await page.close();
  }
}

/** Figure 6: JS bytes from popup.html (checked against what the page really fetched) and the paint ratio. */
export async function popupFigures(context: BrowserContext, extensionId: string, extPath: string, runs: number) {
  const base = `chrome-extension://${extensionId}/`;
  const popupUrl = `${base}popup.html`;
  const blankUrl = `${base}${BLANK_PAGE}`;
  await paint(context, popupUrl); // warm-up: the first extension page of a browser pays for the renderer
  await paint(context, blankUrl);
  const samples: PaintSample[] = [];
  const ratio = ratioOf(
    await sideBySide(
      runs,
      async () => {
        const s = await paint(context, popupUrl);
        samples.push(s);
        return s.fcp;
      },
      async () => (await paint(context, blankUrl)).fcp,
    ),
    'ms (first-contentful-paint)',
  );
  const fromHtml = popupScriptsFromHtml(extPath);
  // Resource Timing lists no chrome-extension:// module scripts, so ask V8 what it compiled.
  // (Its main world is the extension's origin, so keep only the extension's files, not evaluated snippets.)
  const fetched = (await injectedScripts(context, extensionId, popupUrl)).scripts
    .filter((s) => s.url.startsWith(base) && s.url.endsWith('.js'))
    .map((s) => s.url.slice(base.length));
  const files = [...new Set([...fromHtml, ...fetched])];
  const sizes = files.map((f) => ({ file: f, gzBytes: gzBytes(readFileSync(join(extPath, f))) }));
  const held = samples.map((s) => s.heldShown).filter((x): x is number => x !== null);
  return {
    jsGz: {
      value: sizes.reduce((sum, s) => sum + s.gzBytes, 0),
      detail: { files: sizes, fromHtml, compiledByPage: fetched },
    },
    paint: {
      ...ratio,
      detail: { ...ratio.detail, medianHeldListShownMs: held.length ? round(median(held)) : null },
    },
  };
}
