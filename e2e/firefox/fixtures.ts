/** Fixture pages served at real app URLs by BiDi request interception, and probes run inside them. */
import type { HTTPRequest, Page } from 'puppeteer-core';

/** Hosts the manifest's content scripts match (utils/apps.ts), and one they must leave alone. */
export const WATCHED_URLS = ['https://web.whatsapp.com/', 'https://mail.google.com/mail/u/0/'] as const;
export const UNWATCHED_URL = 'https://example.org/';
export const FIXTURE_TITLE = '(3) WhatsApp';

const FIXTURE_ORIGINS = new Set([...WATCHED_URLS, UNWATCHED_URL].map((url) => new URL(url).origin));

/** A page with an unread count in its title; its inline script notes what the page itself saw while parsing. */
export function fixtureHtml(title = FIXTURE_TITLE): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<script>window.__seenAtParse = { title: document.title, notification: String(window.Notification) };</script>
</head><body><h1>Fixture</h1></body></html>`;
}

function route(request: HTTPRequest): Promise<void> {
  const url = new URL(request.url());
  if (!FIXTURE_ORIGINS.has(url.origin)) return request.abort('internetdisconnected');
  // resourceType() throws over BiDi (it needs CDP); a navigation is what asks for the page.
  if (request.isNavigationRequest()) {
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml() });
  }
  return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
}

/** Serves the fixture at the fixture hosts and refuses every other request the page makes. */
export async function serveFixtures(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    route(request).catch(() => {
      // The page navigated away or closed before the answer: nothing is waiting for it.
    });
  });
}

/** What the guard leaves in a page, read from the page's own realm (where the MAIN-world guard runs). */
export interface GuardMarks {
  /** Tag of `<html>`'s first element child: the decoy puts a TITLE before HEAD. */
  firstChild: string;
  /** True when `document` has its own `title` property (the prototype's accessor is shadowed). */
  ownTitle: boolean;
  notificationName: string;
  /** True when `window.Notification` is still the browser's native constructor. */
  notificationNative: boolean;
  /** Text of the first `<title>` in tree order, read past any accessor overrides: what the tab shows. */
  shownTitle: string;
  /** What the page's own code gets from `document.title`. */
  documentTitle: string;
}

/** Reads the guard's marks from the page. */
export function readGuardMarks(page: Page): Promise<GuardMarks> {
  return page.evaluate(() => {
    const rawText = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!;
    const first = document.getElementsByTagName('title')[0];
    const ctor = window.Notification as unknown;
    return {
      firstChild: document.documentElement.firstElementChild?.tagName ?? '',
      ownTitle: Object.getOwnPropertyDescriptor(document, 'title') !== undefined,
      notificationName: typeof ctor === 'function' ? ctor.name : String(ctor),
      notificationNative:
        typeof ctor === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(ctor)),
      shownTitle: first ? String(rawText.call(first)) : '',
      documentTitle: document.title,
    };
  });
}

/**
 * How long after the page started its guard stopped masking the title, or null if it did not within
 * `timeoutMs`. The guard and relay talk over a link no page script can reach, so this is the page's
 * only view of the relay: with no block running, a release well before the guard's own 4 s fallback
 * (entrypoints/guard/index.ts) means the relay answered.
 */
export async function releasedAfterMs(page: Page, timeoutMs = 3000): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { shown, at } = await page.evaluate(() => {
      const first = document.documentElement.firstElementChild;
      const rawText = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!;
      const title = first?.tagName === 'TITLE' ? String(rawText.call(first)) : document.title;
      return { shown: title, at: performance.now() };
    });
    if (shown === FIXTURE_TITLE) return at;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls the page until `check` holds for its guard marks, returning the last marks read either way. */
export async function waitForMarks(
  page: Page,
  check: (m: GuardMarks) => boolean,
  timeoutMs = 5000,
): Promise<GuardMarks> {
  const deadline = Date.now() + timeoutMs;
  let marks = await readGuardMarks(page);
  while (!check(marks) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    marks = await readGuardMarks(page);
  }
  return marks;
}
