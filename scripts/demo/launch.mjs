/**
 * Starts Chromium for the demo. Headless, the e2e harness launches it as the tests do. With a
 * display the harness cannot help (it always runs headless), so the same steps are done here with
 * a visible window, returning an object shaped like the harness's BrowserHandle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './build.mjs';

/** Launches headless through the harness, or headed (window on `DISPLAY`) with the same routes and grants. */
export async function launchDemoBrowser(harness, extensionPath, headed) {
  if (!headed) return harness.launchBrowser({ extensionPath });
  const userDataDir = mkdtempSync(join(tmpdir(), 'heads-down-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    // The demo waits for Ctrl+C and closes the browser itself; Playwright's handler would exit at once.
    handleSIGINT: false,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,860',
    ],
    // The demo plays the apps' sounds only to show they are held: keep audio as a person has it.
    ignoreDefaultArgs: ['--mute-audio'],
  });
  let closing;
  try {
    const { customOrigin } = await harness.installFixtureRoutes(context);
    for (const origin of harness.fixtureOrigins(customOrigin)) {
      await context.grantPermissions(['notifications'], { origin });
    }
    const isExt = (w) => w.url().startsWith('chrome-extension://');
    const sw =
      context.serviceWorkers().find(isExt) ??
      (await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 20_000 }));
    const handle = {
      context,
      sw,
      extensionId: new URL(sw.url()).host,
      userDataDir,
      extensionPath,
      customOrigin,
      fixtures: true,
      ownsProfile: true,
      async close() {
        closing ??= context.close().catch(() => {});
        await closing;
        // Chromium's helpers may still be finishing writes to the profile for a moment.
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      },
    };
    await harness.controlPage(handle); // the harness's control tab, opened first as it does
    return handle;
  } catch (e) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}
