/**
 * A service-worker stop that always lands. CDP's `ServiceWorker.stopWorker` is ignored while a
 * worker version is still starting (which happens when a relay's message wakes it just then), so
 * the stop is sent again until CDP reports every version of the extension's worker stopped.
 */
import type { BrowserHandle } from '../../harness';
import { openControl } from '../../harness/control';

const RESEND_MS = 300;

/** Stops the extension's worker; returns how many stop commands it took (1 unless it was starting). */
export async function stopWorkerSurely(h: BrowserHandle, timeoutMs = 20_000): Promise<number> {
  const control = await openControl(h);
  const mine = () =>
    [...control.versions.values()].filter(
      (v) => v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`) && v.status !== 'redundant',
    );
  const deadline = Date.now() + timeoutMs;
  let sent = 0;
  let lastSent = 0;
  for (;;) {
    const versions = mine();
    if (sent > 0 && versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped')) return sent;
    if (Date.now() > deadline)
      throw new Error(`The worker did not stop: ${versions.map((v) => v.runningStatus).join(', ') || 'no version'}`);
    if (Date.now() - lastSent >= RESEND_MS) {
      for (const v of versions) {
        if (v.runningStatus !== 'stopped')
          await control.cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId }).catch(() => undefined);
      }
      sent++;
      lastSent = Date.now();
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
