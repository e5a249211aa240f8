/** Stopping, waking and watching the extension's service worker through CDP. */
import type { Worker } from 'playwright-core';
import type { BrowserHandle } from './browser';
import type { ExtensionGlobal } from './chrome-types';
import { type Control, openControl, type WorkerVersion } from './control';

export type WorkerStatus = WorkerVersion['runningStatus'] | 'none';

function extensionVersions(control: Control, extensionId: string): WorkerVersion[] {
  return [...control.versions.values()].filter(
    (v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.status !== 'redundant',
  );
}

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The running status of the extension's (newest) worker version as CDP last reported it. */
export async function serviceWorkerStatus(handle: BrowserHandle): Promise<WorkerStatus> {
  const list = extensionVersions(await openControl(handle), handle.extensionId);
  return list.at(-1)?.runningStatus ?? 'none';
}

/**
 * Stops the extension's worker (only it: a fixture app's worker keeps running) and resolves once
 * CDP reports it stopped. Returns how long that took in ms. Playwright emits no event for this.
 */
export async function stopServiceWorker(handle: BrowserHandle, timeoutMs = 10_000): Promise<number> {
  const control = await openControl(handle);
  const started = Date.now();
  await waitUntil(() => extensionVersions(control, handle.extensionId).length > 0, timeoutMs, 'a worker version');
  const running = () => extensionVersions(control, handle.extensionId).filter((v) => v.runningStatus !== 'stopped');
  // Asked again every second: one CI run waited the whole 10 s after a single request, as if a worker
  // still starting when asked had come up running anyway. Asking a stopped worker is never done.
  const deadline = started + timeoutMs;
  while (running().length > 0) {
    for (const v of running()) await control.cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Timed out after ${timeoutMs} ms waiting for the service worker to stop`);
    await waitUntil(() => running().length === 0, Math.min(1000, left), 'the service worker to stop').catch(() => {});
  }
  return Date.now() - started;
}

/**
 * Wakes the worker the way the product would be woken: a runtime message from an extension page.
 * The reply (or "receiving end does not exist" from a worker with no listener) is returned as text.
 */
export async function wakeServiceWorker(handle: BrowserHandle): Promise<string> {
  const page = (await openControl(handle)).page;
  return page.evaluate(() =>
    (globalThis as ExtensionGlobal).chrome.runtime.sendMessage({ type: 'harnessWake' }).then(
      (reply) => `reply: ${JSON.stringify(reply)}`,
      (e: unknown) => `error: ${e instanceof Error ? e.message : String(e)}`,
    ),
  );
}

/** Resolves with the worker once CDP reports it running and it answers an evaluate. */
export async function waitForServiceWorker(handle: BrowserHandle, timeoutMs = 15_000): Promise<Worker> {
  const control = await openControl(handle);
  await waitUntil(
    () => extensionVersions(control, handle.extensionId).some((v) => v.runningStatus === 'running'),
    timeoutMs,
    'the service worker to run',
  );
  const current = handle.context.serviceWorkers().find((w) => w.url() === handle.sw.url());
  if (current) handle.sw = current;
  await handle.sw.evaluate(() => true);
  return handle.sw;
}
