/** Launching, restarting and hard-killing Debian Chromium with the built extension loaded. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { openControl } from './control';
import { browserPids } from './process';
import { fixtureOrigins, installFixtureRoutes } from './routes';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The built extension; `E2E_EXTENSION_PATH` points the harness at another build (e.g. a snapshot). */
export const DEFAULT_EXTENSION_PATH = process.env.E2E_EXTENSION_PATH ?? '.output/chrome-mv3';

export interface LaunchOptions {
  /** Profile folder; a fresh temporary one (deleted by `close()`) when omitted. */
  userDataDir?: string;
  extensionPath?: string;
  /** Serve the fixture apps and refuse all other web traffic (default true). */
  fixtures?: boolean;
  /**
   * The browser's time zone (the TZ of its process, which the extension's worker sees too; an IANA
   * name). Default: the test process's own.
   */
  timeZone?: string;
  /**
   * The browser's UI language ("de", "ja"): Chromium's `--lang` flag and, since Linux Chromium takes
   * its locale from the environment, LANGUAGE too. Default: the test process's own.
   */
  lang?: string;
}

export interface BrowserHandle {
  context: BrowserContext;
  /** The extension's service worker. Playwright keeps this object across worker stop/start. */
  sw: Worker;
  extensionId: string;
  userDataDir: string;
  extensionPath: string;
  /** Origin of the local custom-site server (`http://127.0.0.1:<port>`). */
  customOrigin: string;
  fixtures: boolean;
  timeZone: string | undefined;
  lang: string | undefined;
  /** True when the harness made the profile and `close()` deletes it. */
  ownsProfile: boolean;
  /** Closes the browser (and deletes a profile the harness made). */
  close(): Promise<void>;
}

/** Flags every Chromium here needs (headless, no sandbox as root, no background network). */
const BASE_CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The base flags plus loading only the extension at `extensionPath` (null: no extension). */
export function chromiumArgs(extensionPath: string | null): string[] {
  const load = extensionPath
    ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
    : [];
  return [...BASE_CHROMIUM_ARGS, ...load];
}

async function findExtensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const isExt = (w: Worker) =>
    w.url().startsWith(extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://');
  const found = context.serviceWorkers().find(isExt);
  if (found) return found;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 20_000 });
  } catch {
    throw new Error('The extension service worker did not start. Is the build valid? Run `npx wxt build`.');
  }
}

async function start(
  opts: Required<Omit<LaunchOptions, 'timeZone' | 'lang'>> & Pick<LaunchOptions, 'timeZone' | 'lang'>,
  ownsProfile: boolean,
): Promise<BrowserHandle> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  if (!existsSync(join(opts.extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${opts.extensionPath}. Build it first with: npx wxt build`);
  }
  const context = await chromium.launchPersistentContext(opts.userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs(opts.extensionPath), ...(opts.lang ? [`--lang=${opts.lang}`] : [])],
    // Playwright mutes headless audio, and a muted browser never marks a tab audible; tests need it.
    ignoreDefaultArgs: ['--mute-audio'],
    ...(opts.timeZone || opts.lang
      ? {
          env: {
            ...process.env,
            ...(opts.timeZone ? { TZ: opts.timeZone } : {}),
            ...(opts.lang ? { LANGUAGE: opts.lang, LANG: `${opts.lang.replace('-', '_')}.UTF-8` } : {}),
          },
        }
      : {}),
    ...(opts.lang ? { locale: opts.lang } : {}),
  });
  let customOrigin = '';
  let sw: Worker;
  try {
    if (opts.fixtures) {
      ({ customOrigin } = await installFixtureRoutes(context));
      for (const origin of fixtureOrigins(customOrigin)) await context.grantPermissions(['notifications'], { origin });
    }
    sw = await findExtensionWorker(context);
  } catch (e) {
    await context.close().catch(() => {}); // never leave a browser running behind a failed launch
    throw e;
  }
  const handle: BrowserHandle = {
    context,
    sw,
    extensionId: new URL(sw.url()).host,
    userDataDir: opts.userDataDir,
    extensionPath: opts.extensionPath,
    customOrigin,
    fixtures: opts.fixtures,
    timeZone: opts.timeZone,
    lang: opts.lang,
    ownsProfile,
    async close() {
      await context.close().catch(() => {});
      if (ownsProfile) rmSync(opts.userDataDir, { recursive: true, force: true });
    },
  };
  // The control tab (an extension page) exists from the start, so opening it later never
  // changes which tab is active under a running test.
  await openControl(handle);
  return handle;
}

/** Launches Chromium with the extension on a persistent profile; resolves once the worker runs. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserHandle> {
  const ownsProfile = !options.userDataDir;
  const userDataDir = resolve(options.userDataDir ?? mkdtempSync(join(tmpdir(), 'heads-down-e2e-')));
  const opts = {
    userDataDir,
    extensionPath: resolve(options.extensionPath ?? DEFAULT_EXTENSION_PATH),
    fixtures: options.fixtures ?? true,
    timeZone: options.timeZone,
    lang: options.lang,
  };
  try {
    return await start(opts, ownsProfile);
  } catch (e) {
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true }); // no stray temp profiles
    throw e;
  }
}

function relaunch(handle: BrowserHandle): Promise<BrowserHandle> {
  const { userDataDir, extensionPath, fixtures, timeZone, lang } = handle;
  return start({ userDataDir, extensionPath, fixtures, timeZone, lang }, handle.ownsProfile);
}

/** Closes the browser normally and starts it again on the same profile. Use the returned handle. */
export async function restartBrowser(handle: BrowserHandle): Promise<BrowserHandle> {
  await handle.context.close();
  return relaunch(handle);
}

/**
 * Kills the Chromium browser process with SIGKILL (no shutdown, no flush beyond what the OS has),
 * then starts it again on the same profile. Use the returned handle.
 */
export async function killBrowser(handle: BrowserHandle): Promise<BrowserHandle> {
  const pids = browserPids(handle.userDataDir);
  if (pids.length === 0) throw new Error(`No Chromium process found for profile ${handle.userDataDir}`);
  const closed = new Promise<void>((done) => handle.context.once('close', () => done()));
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await Promise.race([closed, new Promise((done) => setTimeout(done, 10_000))]);
  // A killed browser leaves its profile lock behind; it is ours and stale now.
  for (const f of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) {
    rmSync(join(handle.userDataDir, f), { force: true });
  }
  return relaunch(handle);
}
