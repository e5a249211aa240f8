// @vitest-environment happy-dom
/**
 * The popup's static frame (entrypoints/popup/index.html, issue 12): what the first paint shows before
 * the script runs must be what the script then draws, node for node, so the first draw keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup } from '@/entrypoints/popup/App';
import { type FocusStatus, send } from '@/utils/messages';
import { EXT_NAME_PLACEHOLDER, inlineStylesheets, POPUP_HTML, staticExtName } from '../scripts/page-html';
import { focusingStatus, idleStatus } from './popup/fixtures';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./popup/fake-i18n'));

const root = join(__dirname, '..');
const page = readFileSync(join(root, POPUP_HTML), 'utf8');

/** #app as the built page has it: the static frame with the product's name written in. */
function staticApp(): HTMLElement {
  const inner = page.match(/<div id="app">(.*?)<\/div>\n/s)?.[1];
  if (inner === undefined) throw new Error(`${POPUP_HTML}: no <div id="app"> on one line`);
  const app = document.createElement('div');
  app.id = 'app';
  app.innerHTML = inner.replaceAll(EXT_NAME_PLACEHOLDER, staticExtName(root));
  document.body.append(app);
  return app;
}

const stops: Array<() => void> = [];

async function mount(app: HTMLElement, status: FocusStatus) {
  vi.mocked(send).mockImplementation((async () => status) as typeof send);
  stops.push(await mountPopup(app, Promise.resolve(status)));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
  vi.mocked(send).mockReset();
});

describe('the static frame in the popup page', () => {
  it('shows the product name in a heading before any script has run', () => {
    const app = staticApp();
    expect(app.querySelector('main.popup > header.header > h1.brand')?.textContent).toBe('Heads Down');
    // The icon shows the state: no source (and so hidden, entrypoints/popup/style.css) until it is known.
    expect(app.querySelector('img.brand-mark')?.hasAttribute('src')).toBe(false);
  });

  for (const [name, status] of [
    ['idle', idleStatus()],
    ['focusing', focusingStatus(10, 50)],
  ] as const) {
    it(`is kept by the first draw, which ends as a popup drawn from nothing does (${name})`, async () => {
      const app = staticApp();
      const [main, heading, icon] = ['main', 'h1', 'img'].map((s) => app.querySelector(s));
      await mount(app, status);
      expect(app.querySelector('main')).toBe(main);
      expect(app.querySelector('h1')).toBe(heading);
      expect(app.querySelector('img')).toBe(icon);
      expect(icon?.getAttribute('src')).toMatch(/^\/icons\/(focus-)?32\.png$/);

      const fresh = document.createElement('div');
      document.body.append(fresh);
      await mount(fresh, status);
      // Node for node, attribute for attribute (in any order).
      expect(app.childNodes.length).toBe(1);
      expect(app.firstChild?.isEqualNode(fresh.firstChild)).toBe(true);
    });
  }
});

describe('the popup page build (scripts/page-html.ts)', () => {
  it('writes each stylesheet it has into the page and leaves the others linked', () => {
    const html =
      '<head><script type="module" src="/chunks/popup.js"></script>' +
      '<link rel="stylesheet" crossorigin href="/assets/popup-1.css">' +
      '<link rel="stylesheet" href="/assets/other.css"></head>';
    const out = inlineStylesheets(html, { 'assets/popup-1.css': '.a{color:red}' });
    expect(out.inlined).toEqual(['assets/popup-1.css']);
    expect(out.html).toBe(
      '<head><script type="module" src="/chunks/popup.js"></script>' +
        '<style>.a{color:red}</style>' +
        '<link rel="stylesheet" href="/assets/other.css"></head>',
    );
  });

  it('keeps a stylesheet linked when its text would end the <style> early', () => {
    const html = '<link rel="stylesheet" href="/assets/x.css">';
    expect(inlineStylesheets(html, { 'assets/x.css': 'a::after{content:"</style>"}' })).toEqual({
      html,
      inlined: [],
    });
  });

  it('names the product as every shipped language does', () => {
    expect(staticExtName(root)).toBe('Heads Down');
  });
});
