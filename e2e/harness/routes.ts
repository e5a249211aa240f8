/** Serves every fixture app at its real URL inside the browser context; all other web traffic is refused. */
import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURE_APP_IDS, type FixtureAppId } from '../fixtures/apps';
import { LIBRARY_FIXTURES, serveLibraryFixture } from '../fixtures/libraries';
import { resolveApp, serveFixture } from '../fixtures/serve';
import { startCustomSiteServer } from '../fixtures/server';
import type { FixtureDriver } from '../fixtures/types';

/** Every origin a fixture app runs at (the custom site's included): the ones granted notifications. */
export function fixtureOrigins(customOrigin: string): string[] {
  const apps = FIXTURE_APP_IDS.map((id) => new URL(resolveApp(id, customOrigin).url).origin);
  return [...apps, ...Object.values(LIBRARY_FIXTURES).map((lib) => new URL(lib.url).origin)];
}

/**
 * Routes all http(s) requests of `context`: fixture URLs are answered in code, the custom site goes
 * to the local server, everything else is aborted so no test ever touches the network.
 * Returns the custom site's origin.
 */
export async function installFixtureRoutes(context: BrowserContext): Promise<{ customOrigin: string }> {
  const customOrigin = await startCustomSiteServer();
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      try {
        if (new URL(url).origin === customOrigin) return await route.continue();
        const answer = serveFixture(url, customOrigin) ?? serveLibraryFixture(url);
        if (!answer) return await route.abort('blockedbyclient');
        await route.fulfill({
          status: answer.status,
          contentType: answer.contentType,
          body: answer.body,
          headers: { 'cache-control': 'no-store' },
        });
      } catch {
        // The page or context closed while the request was in flight: nothing left to answer.
      }
    },
  );
  return { customOrigin };
}

/** Opens `appId` at its real URL in a new tab and waits until the app's runtime is ready. */
export async function openApp(context: BrowserContext, appId: FixtureAppId): Promise<Page> {
  const app = resolveApp(appId, await startCustomSiteServer());
  const page = await context.newPage();
  await page.goto(app.url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__fixture' in window);
  await page.evaluate(() => (window as unknown as { __fixture: FixtureDriver }).__fixture.whenReady());
  return page;
}

/** The real URL a fixture app is served at (the custom site's once its server runs). */
export async function appUrl(appId: FixtureAppId): Promise<string> {
  return resolveApp(appId, await startCustomSiteServer()).url;
}
