/**
 * A plain Chromium process with a DevTools pipe, for the figures that need a browser nothing is
 * attached to: a worker that Playwright (or any DevTools client) is attached to never idles out.
 * The bench only *discovers* targets here (`Target.setDiscoverTargets`) and never attaches.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/harness';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export type PipeClient = ReturnType<typeof pipeClient>;

/** A minimal DevTools client over --remote-debugging-pipe (NUL-separated JSON on fds 3 and 4). */
export function pipeClient(child: ChildProcess) {
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
      if (msg.id !== undefined) {
        waiting.get(msg.id)?.(msg);
        waiting.delete(msg.id);
      } else for (const l of listeners) l(msg.method, msg.params);
    }
  });
  return {
    /** Sends a command to the browser, or with `sessionId` to an attached target (flat sessions). */
    send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
        out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    on(fn: (method: string, params: Record<string, unknown>) => void) {
      listeners.push(fn);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EXTENSION_URL = /^chrome-extension:\/\/[a-p]{32}/;

/**
 * A plain Chromium (with the extension at `extPath`, or none) on a fresh profile (or on `profileDir`,
 * which `close()` keeps), opening about:blank, with target discovery on: `targets` is what exists
 * now; `workerStarts` and `workerStops` time each extension service-worker target's creation and end.
 */
export async function launchPlain(extPath: string | null, profileDir?: string) {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'heads-down-bench-plain-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...chromiumArgs(extPath), '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const cdp = pipeClient(child);
  const targets = new Map<string, TargetInfo>();
  const workerStarts: number[] = [];
  const workerStops: number[] = [];
  let extensionOrigin = '';
  const isWorker = (info: TargetInfo) => info.type === 'service_worker' && EXTENSION_URL.test(info.url);
  cdp.on((method, params) => {
    const info = params.targetInfo as TargetInfo | undefined;
    if (method === 'Target.targetCreated' && info) {
      targets.set(info.targetId, info);
      if (isWorker(info)) {
        workerStarts.push(Date.now());
        // Node's URL gives non-special schemes the origin "null", so take it from the text.
        extensionOrigin = info.url.match(EXTENSION_URL)?.[0] ?? extensionOrigin;
      }
    }
    if (method === 'Target.targetInfoChanged' && info) targets.set(info.targetId, info);
    if (method === 'Target.targetDestroyed') {
      const gone = targets.get(params.targetId as string);
      targets.delete(params.targetId as string);
      if (gone && isWorker(gone)) workerStops.push(Date.now());
    }
  });
  let product: string;
  try {
    // A Chromium that fails to start never answers: give up rather than wait forever.
    ({ product } = await Promise.race([
      cdp.send<{ product: string }>('Browser.getVersion'),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('Chromium did not answer on its DevTools pipe in 60 s')), 60_000).unref(),
      ),
    ]));
    await cdp.send('Target.setDiscoverTargets', { discover: true });
  } catch (e) {
    child.kill('SIGKILL');
    if (!profileDir) rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    child,
    cdp,
    product,
    targets,
    workerStarts,
    workerStops,
    extensionOrigin: () => extensionOrigin,
    /** Whether an extension service worker is running now. */
    workerRunning: () => [...targets.values()].some(isWorker),
    /** Targets (pages, workers, frames) of the extension's origin that exist now. */
    extensionTargets: () => [...targets.values()].filter((t) => EXTENSION_URL.test(t.url)),
    /**
     * Opens `url` (an extension page with no script of its own, so nothing wakes the worker), evaluates
     * `expression` there (awaiting a promise), closes the tab and returns the value.
     */
    async evaluateIn<T>(url: string, expression: string): Promise<T> {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url });
      try {
        const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
          targetId,
          flatten: true,
        });
        for (let i = 0; ; i++) {
          const r = await cdp.send<{ result: { value?: T }; exceptionDetails?: unknown }>(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (!r.exceptionDetails) return r.result.value as T;
          // The page may still be on about:blank, without the extension's APIs: try again shortly.
          if (i >= 40) throw new Error(`evaluate in ${url} failed: ${JSON.stringify(r.exceptionDetails)}`);
          await sleep(50);
        }
      } finally {
        await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      }
    },
    async close() {
      await Promise.race([cdp.send('Browser.close').catch(() => {}), sleep(2000)]);
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type PlainBrowser = Awaited<ReturnType<typeof launchPlain>>;
