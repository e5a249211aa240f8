/**
 * The benchmark's browsers and pages beyond what the e2e harness gives: a copy of the build with a
 * blank extension page, a browser with no extension (the "without" side of every ratio), an
 * ordinary website, and the run's conditions.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { serveFixture } from '../e2e/fixtures/serve';
import { CHROMIUM_PATH, chromiumArgs, fixtureOrigins, installFixtureRoutes } from '../e2e/harness';
import { writeFloorPages } from './floor-pages';
import type { Conditions, LoadAverage } from './results';

export const BLANK_PAGE = 'bench-blank.html';
/** An ordinary website: no watched app lives there. Served by a route, never fetched. */
export const ORDINARY_URL = 'https://example.org/';

/**
 * Copies the build to a temporary folder and adds a blank extension page (one line of text, no
 * script), the baseline for the popup's paint, and the floor pages (bench/floor-pages.ts). The
 * extension's code is untouched.
 */
export function prepareExtension(buildPath: string): { path: string; version: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'heads-down-bench-ext-'));
  cpSync(resolve(buildPath), path, { recursive: true });
  writeFileSync(
    join(path, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>' +
      '<body><p>Heads Down</p></body></html>\n',
  );
  writeFloorPages(path);
  const { version } = JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as { version: string };
  return { path, version, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A copy of the extension at `path` whose files `emptied` (paths in the build) hold one empty
 * statement: the manifest still injects them, so a page pays for injecting them and nothing more.
 */
export function withEmptiedScripts(path: string, emptied: string[]): { path: string; remove(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'heads-down-bench-emptied-'));
  cpSync(path, copy, { recursive: true });
  for (const file of emptied) writeFileSync(join(copy, file), ';\n');
  return { path: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Serves a small ordinary page at ORDINARY_URL (routes added later take precedence over the harness's). */
export async function routeOrdinarySite(context: BrowserContext): Promise<void> {
  await context.route(`${ORDINARY_URL}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Domain</title></head><body><h1>Example Domain</h1><p>An ordinary page.</p></body></html>',
    }),
  );
}

/** A host no app's content script matches (example.org's neighbour), served by a route, never fetched. */
const TWIN_ORIGIN = 'https://twin.example.org';

/**
 * Serves the fixture page at `url` again at TWIN_ORIGIN with the same path, where no content script
 * runs, and returns that address: the same page, unwatched, in the same browser.
 */
export async function routeUnwatchedTwin(context: BrowserContext, url: string, customOrigin: string): Promise<string> {
  const { origin } = new URL(url);
  await context.route(`${TWIN_ORIGIN}/**`, async (route) => {
    const twin = new URL(route.request().url());
    const answer = serveFixture(`${origin}${twin.pathname}${twin.search}`, customOrigin);
    if (!answer) return route.abort('blockedbyclient');
    await route.fulfill({ ...answer, headers: { 'cache-control': 'no-store' } });
  });
  return url.replace(origin, TWIN_ORIGIN);
}

/**
 * Chromium with the same flags as the harness minus the extension, the same fixture routes and
 * the same notification grants: the "without" side, run next to the extension's browser.
 */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'heads-down-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(null),
    ignoreDefaultArgs: ['--mute-audio'],
  });
  const { customOrigin } = await installFixtureRoutes(context);
  for (const origin of fixtureOrigins(customOrigin)) await context.grantPermissions(['notifications'], { origin });
  await routeOrdinarySite(context);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Debian wrapper prints "Chromium 156.0… built on Debian…" (and a stray shell warning on stderr). */
function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim();
  } catch {
    return 'unknown';
  }
}

/** The machine and software the figures were measured on. */
export function conditions(extension: { path: string; version: string }, repetitions: Record<string, number>) {
  const c: Conditions = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverageAtStart: loadavg().map(round2) as LoadAverage,
    },
    chromium: chromiumVersion(),
    node: process.version,
    extension,
    repetitions,
  };
  return c;
}

/** Samples the 1-minute load average every 10 s until stopped, for the run's conditions. */
export function loadSampler() {
  const samples: number[] = [];
  const take = () => samples.push(round2(loadavg()[0]!));
  take();
  const timer = setInterval(take, 10_000);
  timer.unref();
  return {
    now: () => loadavg().map(round2) as LoadAverage,
    stop() {
      clearInterval(timer);
      take();
      const sorted = [...samples].sort((x, y) => x - y);
      return { samples: samples.length, median: sorted[sorted.length >> 1]!, max: sorted.at(-1)! };
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
