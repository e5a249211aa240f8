/** Launching Debian firefox-esr over WebDriver BiDi with the Firefox MV3 build installed. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The build under test; HEADS_DOWN_FIREFOX_BUILD points elsewhere (e.g. a deliberately broken copy). */
export const FIREFOX_BUILD = process.env.HEADS_DOWN_FIREFOX_BUILD || '.output/firefox-mv3';

/**
 * Every connection Firefox makes on its own (remote settings, captive-portal checks, the
 * extension's background) goes to a proxy that refuses at once: there is no network here, and a
 * DNS lookup that waits for a timeout would cost seconds. Requests a page intercepts are answered
 * by BiDi before they reach the proxy, so fixtures still load.
 */
const OFFLINE_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.dns.disablePrefetch': true,
  'network.captive-portal-service.enabled': false,
};

/**
 * What a test needs of the browser: notifications stay listed (headless Firefox closes them at
 * once, so `notifications.getAll()` would always be empty), pages may notify and play sound without
 * a click, and a background tab's timers are not clamped to one a second (a fixture app's burst
 * spreads its messages with timers). The event page is unloaded after 3 s idle instead of 30 s, so
 * the flows run with a background that is stopped between steps and woken by what it listens to
 * (the block's alarm, a page's signals, the popup's messages), as after a while in real use.
 */
const TEST_PREFS: Record<string, unknown> = {
  'alerts.useSystemBackend': false,
  'alerts.totalOpenTime': 600_000,
  'permissions.default.desktop-notification': 1,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'extensions.background.idle.timeout': 3_000,
};

export interface FirefoxHandle {
  browser: Browser;
  /** The add-on id the browser reports after installing the build. */
  addonId: string;
  close(): Promise<void>;
}

/** Starts headless Firefox and installs the built extension; throws with the fix when a piece is missing. */
export async function launchFirefox(extensionPath = FIREFOX_BUILD): Promise<FirefoxHandle> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install it with: apt-get install -y firefox-esr`);
  }
  const path = resolve(extensionPath);
  if (!existsSync(resolve(path, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionPath}. Build it first with: npx wxt build -b firefox --mv3`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { ...OFFLINE_PREFS, ...TEST_PREFS },
  });
  try {
    // BiDi's webExtension.install: a temporary add-on, with its host permissions granted.
    const addonId = await browser.installExtension(path);
    return { browser, addonId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The page's real location. Puppeteer's `page.url()` stays `about:blank` for a tab the extension
 * opened on a moz-extension:// URL (BiDi reports no navigation for it), so ask the page itself.
 */
export async function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** Polls `browser.pages()` until one of them is at a URL `match` accepts. */
export async function waitForPage(
  browser: Browser,
  match: (href: string) => boolean,
  timeoutMs = 15_000,
): Promise<{ page: Page; href: string }> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await locationOf(page);
      seen.add(href);
      if (match(href)) return { page, href };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No tab reached the expected URL within ${timeoutMs} ms; tabs seen: ${[...seen].join(', ')}`);
}
