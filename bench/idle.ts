/**
 * Figure 9, second half: service-worker starts while the browser sits idle. A worker that
 * Playwright (or any DevTools client) is attached to never idles out, so this browser is a plain
 * Chromium process with the extension loaded and a DevTools pipe on which the bench only *discovers*
 * targets (`Target.setDiscoverTargets`) and never attaches. Each `targetCreated` of the extension's
 * service worker is one start; `targetDestroyed` is Chromium stopping it. The run proves the
 * observer does not keep the worker alive (it must stop about 30 s after launch) and that it would
 * see a start (opening a tab at the end wakes the worker through its `tabs.onUpdated` listener).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A minimal DevTools client over --remote-debugging-pipe (NUL-separated JSON on fds 3 and 4). */
function pipeClient(child: ChildProcess) {
  const out = child.stdio[3] as Writable;
  const input = child.stdio[4] as Readable;
  const waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  const listeners: Array<(method: string, params: Record<string, unknown>) => void> = [];
  let buffer = '';
  let next = 0;
  input.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const msg = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (msg.id !== undefined) waiting.get(msg.id)?.(msg);
      else for (const l of listeners) l(msg.method, msg.params);
    }
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
        out.write(`${JSON.stringify({ id, method, params })}\0`);
      });
    },
    on(fn: (method: string, params: Record<string, unknown>) => void) {
      listeners.push(fn);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Launches the idle browser now; the returned promise resolves when the idle window and the control are done. */
export async function idleWakeups(extPath: string, windowSeconds: number) {
  const profile = mkdtempSync(join(tmpdir(), 'heads-down-bench-idle-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...chromiumArgs(extPath), '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const cdp = pipeClient(child);
  const starts: number[] = [];
  const stops: number[] = [];
  const live = new Set<string>();
  let extensionOrigin = '';
  cdp.on((method, params) => {
    const info = params.targetInfo as TargetInfo | undefined;
    if (
      method === 'Target.targetCreated' &&
      info?.type === 'service_worker' &&
      /^chrome-extension:\/\/[a-p]{32}\//.test(info.url)
    ) {
      live.add(info.targetId);
      starts.push(Date.now());
      // Node's URL gives non-special schemes the origin "null", so take it from the text.
      extensionOrigin = info.url.match(/^chrome-extension:\/\/[a-p]{32}/)?.[0] ?? extensionOrigin;
    }
    if (method === 'Target.targetDestroyed' && live.delete(params.targetId as string)) stops.push(Date.now());
  });
  try {
    const { product } = await cdp.send<{ product: string }>('Browser.getVersion');
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    // Launch runs the worker (install, welcome tab); the idle period starts when Chromium stops it.
    for (const deadline = Date.now() + 120_000; stops.length === 0 && Date.now() < deadline; ) await sleep(250);
    if (stops.length === 0) throw new Error('the extension worker never idled out within 120 s of launch');
    const idleFrom = stops[0]!;
    const launchToFirstStopMs = idleFrom - starts[0]!;
    await sleep(windowSeconds * 1000 - (Date.now() - idleFrom));
    const startsInWindow = starts.filter((t) => t > idleFrom && t <= idleFrom + windowSeconds * 1000).length;
    // Outside a block the background does not listen to tabs, so ordinary browsing must not wake it.
    const beforeTab = starts.length;
    await cdp.send('Target.createTarget', { url: 'about:blank' });
    await sleep(2000);
    const tabLoadWoke = starts.length > beforeTab;
    // Control: an extension page asks the background for its status; a start must show, or the
    // counter above proves nothing.
    const before = starts.length;
    await cdp.send('Target.createTarget', { url: `${extensionOrigin}/popup.html` });
    for (const deadline = Date.now() + 5000; starts.length === before && Date.now() < deadline; ) await sleep(50);
    if (starts.length === before)
      throw new Error('the idle control saw no worker start: the wake-up counter is not working');
    return {
      value: startsInWindow * (3600 / windowSeconds),
      detail: {
        windowSeconds,
        startsInWindow,
        scaledToOneHour: `${startsInWindow} × 3600 / ${windowSeconds}`,
        launchToFirstIdleStopMs: launchToFirstStopMs,
        controlWakeDetected: true,
        tabLoadWokeWorker: tabLoadWoke,
      },
      browser: product,
    };
  } finally {
    await Promise.race([cdp.send('Browser.close').catch(() => {}), sleep(2000)]);
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
}
