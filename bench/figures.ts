/**
 * What each figure is: its place in the table, unit, the limit issue 12 (and before it issues 7 and
 * 14) gives, whether missing it fails the run (`hard`: promises to the person, not costs), and how it
 * is measured (also the README's wording).
 */
import type { Figure } from './results';

type Spec = Pick<Figure, 'n' | 'unit' | 'limit' | 'hard' | 'how'>;

export const FIGURES = {
  leaked_titles: {
    hard: true,
    n: 1,
    unit: 'titles',
    limit: { max: 0 },
    how: '10,000 title updates (each app’s own writer, plus real messages) across six fixture apps during a block; titles that chrome.tabs.onUpdated reports for those tabs, judged by a regex of the apps’ grammars written in the bench, not the product’s reader.',
  },
  leaked_badge_favicons: {
    hard: true,
    n: 1,
    unit: 'icons',
    limit: { max: 0 },
    how: '10,000 badge changes during a block through real badge libraries (tinycon, favico.js, badgin) and a handmade page (blob: SVG, sized and alternate icon links, animation frames, replaceWith), each in its own task, plus the hosted apps’ badges of the title run; icons chrome.tabs.onUpdated reports for those tabs other than the plain icon (the hosted apps judged by their unread icon addresses).',
  },
  unwatched_page_injected_bytes: {
    hard: true,
    n: 2,
    unit: 'bytes',
    limit: { max: 0 },
    how: 'CDP Debugger.scriptParsed on an ordinary page (https://example.org/, served locally), attached before navigation: every script with a chrome-extension:// URL or compiled in a context of the extension’s origin.',
  },
  watched_page_injected_gz_bytes: {
    n: 3,
    unit: 'bytes (gzip)',
    limit: { max: 5120 },
    how: 'The same capture on the Gmail fixture page (guard + relay); each script’s source gzipped (node zlib, default level).',
  },
  unwatched_load_ratio: {
    n: 2,
    unit: 'ratio',
    how: 'Navigation start to loadEventEnd of the ordinary page in a fresh tab, with vs without the extension, alternating; median over median. The issue gives no limit: nothing is injected there, so it should read about 1.',
  },
  watched_load_ratio: {
    n: 4,
    unit: 'ratio',
    limit: { max: 1.1 },
    how: 'Navigation start to loadEventEnd of the Gmail fixture in a fresh tab, in the browser with the extension vs a second browser without it, alternating; median over median (no block running). The detail adds the same page in the extension’s browser at an address no content script matches (sameBrowserUnwatchedTwin), which rules out a difference between the two browsers, and the same check in a third browser whose copy of the extension has those two scripts emptied (scriptsEmptied): the part of the cost that is injecting them at all.',
  },
  title_set_overhead_ratio: {
    n: 5,
    unit: 'ratio',
    how: '10,000 document.title writes with rising counts (each a new unread count: the guard’s worst case), timed until the signal messages they queue are handled; Gmail fixture during a block vs the same page in the browser without the extension; median over median.',
  },
  popup_js_gz_bytes: {
    n: 6,
    unit: 'bytes (gzip)',
    // Issue 12: the popup's whole script, shared chunks included, at most 8 KB gz.
    limit: { max: 8 * 1024 },
    how: 'The script and modulepreload files of popup.html, checked against the scripts V8 compiled for the popup; each file gzipped.',
  },
  popup_paint_ratio: {
    n: 6,
    unit: 'ratio',
    // Issue 12: first paint at most 1.15× a blank extension page's in the same run.
    limit: { max: 1.15 },
    how: 'first-contentful-paint of popup.html during a block with held items vs a one-line extension page with no script, both at the popup’s size (360×600), alternating; median over median. The same in a 1280×720 tab is in the detail (inTab).',
  },
  popup_live_paint_ratio: {
    n: 6,
    unit: 'ratio',
    // Issue 12 asks for the first paint "while showing live data": the header in the HTML paints
    // first, so the live state's own paint is held to the same limit.
    limit: { max: 1.15 },
    how: 'The same loads: when the held list was painted (the first largest-contentful-paint after it entered the DOM) vs the blank page’s first-contentful-paint; median over median. The detail adds the same for a floor page whose only script reads the popup snapshot and draws it (floorPage, bench/floor-pages.ts): what any popup showing live data pays.',
  },
  report_year_ms: {
    n: 7,
    unit: 'ms',
    limit: { max: 100 },
    how: '75,000 interruptions and a year of blocks written into IndexedDB; report.html from navigation start to its heads-down:report-ready mark (this week queried and drawn); median of fresh loads after one load that rebuilt the rollups the direct writes went around. The detail adds, from the same alternating loads, the blank extension page’s first paint and a floor page whose only script opens the database and reads the week’s rollups (floorPageReadyMs, bench/floor-pages.ts).',
  },
  report_five_years_ms: {
    n: 7,
    unit: 'ms',
    limit: { max: 200 },
    how: 'The same with five years of history (375,000 interruptions) stored.',
  },
  burst_lost: {
    hard: true,
    n: 8,
    unit: 'messages',
    limit: { max: 0 },
    how: 'The Gmail fixture’s burst(1000, 1000) during a block: messages sent (the fixture’s count) minus messages in the tab’s held interruptions (getStatus), read once the count settles.',
  },
  burst_miscounted: {
    n: 8,
    unit: 'interruptions',
    limit: { max: 0 },
    how: 'Held interruptions recorded for that burst minus the one expected (one tab, signals within 3 s).',
  },
  alarms_per_block: {
    n: 9,
    unit: 'alarms',
    limit: { min: 1, max: 1 },
    how: 'Alarms set by the extension (each new name and time seen by chrome.alarms.getAll sampled every 50 ms in an extension page) across hand-started and ended blocks, divided by the number of blocks.',
  },
  idle_hour_wakeups: {
    n: 9,
    unit: 'worker starts per hour',
    limit: { max: 0 },
    how: 'A plain Chromium process (nothing attached to the worker; the bench only discovers targets over a DevTools pipe), no block scheduled: extension service-worker starts counted for a few minutes after the worker first idles out, scaled to an hour.',
  },
  idle_hour_alarms: {
    n: 9,
    unit: 'alarms per hour',
    limit: { max: 0 },
    how: 'The idle browser’s pending alarms (chrome.alarms.getAll in a script-less extension page, which does not wake the worker) at the end of its idle window: a repeating alarm counts 60 / its period, a one-off one due within the hour counts 1.',
  },
  network_requests: {
    hard: true,
    n: 10,
    unit: 'requests',
    limit: { max: 0 },
    how: 'Every request of the extension’s browser for the whole run (CDP Network via Playwright, service worker included); those from extension contexts to anything but the extension’s own files.',
  },
  idle_memory_added_mb: {
    n: 11,
    unit: 'MB',
    limit: { max: 27 },
    how: 'Plain Chromium processes launched together on fresh profiles, nothing attached to the worker: the extension’s first run with its welcome tab closed vs no extension, read once the worker target is gone (+5 s); Pss_Anon + Pss_Shmem + SwapPss summed over the browser’s whole process tree (smaps_rollup); median minus median over alternating groups.',
  },
} satisfies Record<string, Spec>;

export type FigureId = keyof typeof FIGURES;

/** A figure record from its id, measured value and supporting detail. */
export function figure(id: FigureId, value: number | null, detail?: Record<string, unknown>): Figure {
  return { id, value, ...(FIGURES[id] as Spec), ...(detail ? { detail } : {}) };
}
