/**
 * The least any page could do to show what the popup and the report show: two extension pages the
 * bench adds to its copy of the build (never shipped), each with one small module script that does
 * only the unavoidable step and puts its result in the DOM. Timed beside the product's pages, they
 * say what the machine allows for that step, whatever the product's own code does: the popup's live
 * state is one storage.session read, and the report's week is one IndexedDB open and one read of the
 * week's per-day rollups. They read the same keys and stores as the product (utils/browser-storage.ts,
 * utils/db.ts) and run their scripts the same way (a module script file: MV3 allows no inline script).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { popupSnapshot } from '../utils/browser-storage';
import { ROLLUP_DAY_MS } from '../utils/day-rollups';

/** Shows the popup snapshot, as the popup's held list does: `#held-heading` marks it as drawn. */
export const POPUP_FLOOR_PAGE = 'bench-floor-popup.html';
/** Opens the database, reads the week's rollups and settings, and marks REPORT_FLOOR_MARK. */
export const REPORT_FLOOR_PAGE = 'bench-floor-report.html';
export const REPORT_FLOOR_MARK = 'bench:floor-ready';

const page = (title: string, script: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<script type="module" src="/${script}"></script></head><body>${body}</body></html>\n`;

// The snapshot as text, wrapped, so the drawn element is larger than the page's first line and its
// frame is a largest-contentful-paint entry, as the popup's held list is (bench/popup.ts).
const POPUP_FLOOR_SCRIPT = `chrome.storage.session.get(${JSON.stringify(popupSnapshot.key)}).then((all) => {
  const heading = document.createElement('h2');
  heading.id = 'held-heading';
  heading.textContent = 'Held';
  const text = document.createElement('p');
  text.style.overflowWrap = 'anywhere';
  text.textContent = JSON.stringify(all[${JSON.stringify(popupSnapshot.key)}] ?? null).slice(0, 600);
  document.querySelector('main').append(heading, text);
});
`;

const REPORT_FLOOR_SCRIPT = `const now = Date.now();
const request = indexedDB.open('heads-down');
request.onupgradeneeded = () => request.transaction.abort(); // never create the product's database
request.onsuccess = () => {
  const tx = request.result.transaction(['rollups', 'kv'], 'readonly');
  const days = IDBKeyRange.bound(Math.floor((now - 7 * ${ROLLUP_DAY_MS}) / ${ROLLUP_DAY_MS}), Math.floor(now / ${ROLLUP_DAY_MS}));
  const rollups = tx.objectStore('rollups').getAll(days);
  tx.objectStore('kv').get('settings');
  tx.oncomplete = () => {
    const line = document.createElement('p');
    line.textContent = rollups.result.length + ' days';
    document.body.append(line);
    performance.mark(${JSON.stringify(REPORT_FLOOR_MARK)});
  };
};
`;

/** Writes both floor pages and their scripts into the extension copy at `path`. */
export function writeFloorPages(path: string): void {
  writeFileSync(
    join(path, POPUP_FLOOR_PAGE),
    page('Popup floor', 'bench-floor-popup.js', '<main class="popup"><p>Heads Down</p></main>'),
  );
  writeFileSync(join(path, 'bench-floor-popup.js'), POPUP_FLOOR_SCRIPT);
  writeFileSync(join(path, REPORT_FLOOR_PAGE), page('Report floor', 'bench-floor-report.js', '<p>Heads Down</p>'));
  writeFileSync(join(path, 'bench-floor-report.js'), REPORT_FLOOR_SCRIPT);
}
