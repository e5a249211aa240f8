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

/** How often a stop is sent again while the worker has not stopped. */
const STOP_RESEND_MS = 300;

/**
 * Stops the extension's worker (only it: a fixture app's worker keeps running) and resolves once
 * CDP reports every version of it stopped, with how long that took and how many stop commands it
 * took. CDP's `ServiceWorker.stopWorker` is ignored while a version is still starting (as when a
 * relay's message wakes it just then), so the stop is sent again until it lands. Playwright emits
 * no event for this.
 */
export async function stopServiceWorker(
  handle: BrowserHandle,
  timeoutMs = 20_000,
): Promise<{ ms: number; commands: number }> {
  const control = await openControl(handle);
  const started = Date.now();
  let commands = 0;
  let lastSent = 0;
  for (;;) {
    const versions = extensionVersions(control, handle.extensionId);
    if (commands > 0 && versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped'))
      return { ms: Date.now() - started, commands };
    if (Date.now() - started > timeoutMs)
      throw new Error(`The worker did not stop: ${versions.map((v) => v.runningStatus).join(', ') || 'no version'}`);
    if (versions.length > 0 && Date.now() - lastSent >= STOP_RESEND_MS) {
      for (const v of versions) {
        if (v.runningStatus !== 'stopped')
          await control.cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => undefined);
      }
      commands++;
      lastSent = Date.now();
    }
    await new Promise((r) => setTimeout(r, 10));
  }
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
