/**
 * Firefox smoke test: the MV3 build installs in firefox-esr, its background runs (it opens the
 * welcome page), the MAIN-world guard and the isolated relay run on watched hosts only, and a focus
 * block started through the background reaches the guard. Needs `npx wxt build -b firefox --mv3`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHandle, launchFirefox, waitForPage } from './firefox';
import {
  FIXTURE_TITLE,
  readGuardMarks,
  releasedAfterMs,
  serveFixtures,
  UNWATCHED_URL,
  WATCHED_URLS,
  waitForMarks,
} from './fixtures';

let firefox: FirefoxHandle | undefined;
/** Why Firefox did not start: every test fails with it (a failed beforeAll would only skip them). */
let startError: unknown;
/** The welcome tab the background opened: an extension page, so it can message the background. */
let welcome: Page | undefined;

function running(): FirefoxHandle {
  if (!firefox) throw startError ?? new Error('Firefox did not start.');
  return firefox;
}

async function openFixture(url: string): Promise<Page> {
  const page = await running().browser.newPage();
  await serveFixtures(page);
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  try {
    firefox = await launchFirefox();
  } catch (error) {
    startError = error;
  }
});

afterAll(async () => {
  await firefox?.close();
});

describe('Heads Down in Firefox (MV3 over WebDriver BiDi)', () => {
  it('installs, and the background opens the welcome page on first install', async () => {
    const { addonId, browser } = running();
    // The add-on's id is its identity on AMO and in profiles: a change would orphan every install.
    expect(addonId).toBe('heads-down@headsdown.app');
    const found = await waitForPage(
      browser,
      (href) => href.startsWith('moz-extension://') && href.endsWith('/options.html#welcome'),
    );
    welcome = found.page;
    // Preact renders after the script loads: wait for a heading with text.
    // Not waitForFunction: it compiles its predicate with Function(), which the page's CSP forbids.
    const page = welcome;
    const deadline = Date.now() + 10_000;
    while (
      !(await page.evaluate(() => (document.querySelector('h1, h2')?.textContent ?? '').trim().length > 0)) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 200));
    const rendered = await welcome.evaluate(() => ({
      heading: document.querySelector('h1, h2')?.textContent?.trim() ?? '',
      body: (document.body.textContent ?? '').trim(),
    }));
    expect(rendered.heading).not.toBe('');
    expect(rendered.body.length).toBeGreaterThan(rendered.heading.length);
  });

  for (const url of WATCHED_URLS) {
    it(`guards ${new URL(url).host} from document_start in the page's own world`, async () => {
      const page = await openFixture(url);
      const marks = await readGuardMarks(page);
      expect(marks.firstChild).toBe('TITLE');
      expect(marks.ownTitle).toBe(true);
      expect(marks.notificationNative).toBe(false);
      expect(marks.notificationName).toBe('Notification');
      // The page's inline script, run while parsing <head>, already met the replaced constructor.
      const seen = await page.evaluate(
        () => (window as Window & { __seenAtParse?: { notification: string } }).__seenAtParse,
      );
      expect(seen?.notification).toBeDefined();
      expect(seen?.notification).not.toContain('[native code]');
      await page.close();
    });
  }

  it('leaves an ordinary page alone', async () => {
    const page = await openFixture(UNWATCHED_URL);
    const marks = await readGuardMarks(page);
    expect(marks).toEqual({
      firstChild: 'HEAD',
      ownTitle: false,
      notificationName: 'Notification',
      notificationNative: true,
      shownTitle: FIXTURE_TITLE,
      documentTitle: FIXTURE_TITLE,
    });
    await page.close();
  });

  it('with no block running, the relay answers and the unread count shows through', async () => {
    const page = await openFixture(WATCHED_URLS[0]);
    // No block: the relay's answer must release the page well before the guard's 4 s fallback.
    expect(await releasedAfterMs(page)).toBeLessThan(3_500);
    const marks = await waitForMarks(page, (m) => m.shownTitle === FIXTURE_TITLE);
    expect(marks.shownTitle).toBe(FIXTURE_TITLE);
    expect(marks.documentTitle).toBe(FIXTURE_TITLE);
    await page.close();
  });

  it('a focus block started through the background hides the count from the tab, not from the app', async () => {
    if (!welcome)
      throw new Error('The welcome page never opened, so there is no extension page to start a block from.');
    const page = await openFixture(WATCHED_URLS[0]);
    // The guard holds until the relay first answers: see the count shown before the block, or the
    // masked title below would prove nothing.
    expect(await releasedAfterMs(page)).toBeLessThan(3_500);
    expect((await waitForMarks(page, (m) => m.shownTitle === FIXTURE_TITLE)).shownTitle).toBe(FIXTURE_TITLE);
    const reply = await welcome.evaluate(() => {
      // Extension pages in Firefox have the WebExtension `browser` global; the DOM typings do not.
      const ext = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .browser;
      return ext.runtime.sendMessage({ type: 'startBlock', payload: { minutes: 25 } });
    });
    expect(reply).toMatchObject({ ok: true });
    const marks = await waitForMarks(page, (m) => m.shownTitle !== FIXTURE_TITLE);
    expect(marks.shownTitle).toBe('WhatsApp');
    expect(marks.documentTitle).toBe(FIXTURE_TITLE);
    // Still masked after the guard's 4 s fallback: the relay told it to hold.
    await new Promise((r) => setTimeout(r, 4_500));
    expect((await readGuardMarks(page)).shownTitle).toBe('WhatsApp');
    await page.close();
  });
});
