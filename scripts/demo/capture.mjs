/** What the demo reads from the browser and how it takes its pictures. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Local wall-clock time, HH:MM:SS. */
export const clock = (ms = Date.now()) => new Date(ms).toLocaleTimeString('en-GB', { hour12: false });

/** The title and favicon Chromium reports right now for each tab (`chrome.tabs.get`, from the harness's control tab). */
export async function tabsNow(harness, h, tabIds) {
  const control = await harness.controlPage(h);
  return control.evaluate(
    (ids) => Promise.all(ids.map(async (id) => globalThis.chrome.tabs.get(id))),
    Object.values(tabIds),
  );
}

/**
 * Favicon URLs as `data:` URLs, so the generated pages stand alone. The fixture icons live at the
 * apps' real (intercepted) URLs, so they are taken from the fixture server code, not the network.
 */
export function iconData(serveFixture, customOrigin, url) {
  if (!url) return '';
  if (url.startsWith('data:')) return url;
  const answer = serveFixture(url, customOrigin);
  if (answer?.status !== 200) return '';
  return `data:${answer.contentType};base64,${Buffer.from(answer.body).toString('base64')}`;
}

/** The extension's own 128 px icon as a `data:` URL. */
export function extensionIcon(extensionPath) {
  return `data:image/png;base64,${readFileSync(join(extensionPath, 'icons/128.png')).toString('base64')}`;
}

const sessions = new WeakMap();

/**
 * Saves a screenshot at twice the CSS size, so pictures stay sharp shown at half size (README,
 * retina screens). Playwright's own screenshots reset the device scale, so this goes through CDP.
 * `selector` picks the element to capture (the whole page when omitted); `width` is the layout width.
 */
export async function sharpShot(h, page, file, { selector, width }) {
  if (!sessions.has(page)) sessions.set(page, await h.context.newCDPSession(page));
  const cdp = sessions.get(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 2, mobile: false });
  try {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const clip = await page.evaluate((sel) => {
      const el = sel ? document.querySelector(sel) : document.documentElement;
      const r = el.getBoundingClientRect();
      const [w, hgt] = sel ? [r.width, r.height] : [el.scrollWidth, el.scrollHeight];
      return { x: r.left + scrollX, y: r.top + scrollY, width: Math.ceil(w), height: Math.ceil(hgt), scale: 1 };
    }, selector ?? null);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png', clip, captureBeyondViewport: true });
    writeFileSync(file, Buffer.from(shot.data, 'base64'));
  } finally {
    // A person may be watching this tab (headed demo): give it back its own size.
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  }
}

/** Shows `html` in a fresh tab (the demo's own drawing) and saves a sharp screenshot of its body to `file`. */
export async function screenshotHtml(h, html, file, width) {
  const page = await h.context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await sharpShot(h, page, file, { selector: 'body', width });
  } finally {
    await page.close();
  }
}
