/** Product-level steps for end-to-end tests: talk to the background as the popup does. */
import type { BrowserHandle } from './harness';
import { controlPage } from './harness';

type ChromeGlobal = typeof globalThis & {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
  };
};

/** Sends a protocol message from an extension page (like the popup does) and returns the reply. */
export async function ask<T = unknown>(handle: BrowserHandle, type: string, payload?: unknown): Promise<T> {
  const page = await controlPage(handle);
  return page.evaluate(([t, p]) => (globalThis as ChromeGlobal).chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const) as Promise<T>;
}

/** Reads one key of the extension's storage.local. */
export async function stored<T = unknown>(handle: BrowserHandle, key: string): Promise<T | undefined> {
  const page = await controlPage(handle);
  const got = await page.evaluate((k) => (globalThis as ChromeGlobal).chrome.storage.local.get(k), key);
  return got[key] as T | undefined;
}

/** Polls `probe` until it returns a truthy value (or throws after `timeoutMs`). */
export async function until<T>(
  probe: () => Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the browser has the tab muted right now. */
export async function tabMuted(handle: BrowserHandle, tabId: number): Promise<boolean> {
  const page = await controlPage(handle);
  return page.evaluate(
    async (id) =>
      Boolean(
        (
          await (
            globalThis as unknown as {
              chrome: { tabs: { get(id: number): Promise<{ mutedInfo?: { muted: boolean } }> } };
            }
          ).chrome.tabs.get(id)
        ).mutedInfo?.muted,
      ),
    tabId,
  );
}

/** Whether the browser reports the tab as playing sound right now. */
export async function tabAudible(handle: BrowserHandle, tabId: number): Promise<boolean> {
  const page = await controlPage(handle);
  return page.evaluate(
    async (id) =>
      Boolean(
        (
          await (
            globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ audible?: boolean }> } } }
          ).chrome.tabs.get(id)
        ).audible,
      ),
    tabId,
  );
}

/** Working hours on every day around the clock, so "today at work" covers the whole test day. */
export async function workAllDay(handle: BrowserHandle): Promise<void> {
  const settings = await ask<Record<string, unknown>>(handle, 'getSettings');
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  // A rule whose end is not after its start runs into the next day: the two cover 24 hours.
  const workHours = [
    { days, start: '00:00', end: '12:00', zone: 'local' },
    { days, start: '12:00', end: '00:00', zone: 'local' },
  ];
  const reply = await ask<{ ok: boolean }>(handle, 'saveSettings', {
    settings: { ...settings, workHours, workHoursConfirmed: true },
  });
  if (!reply.ok) throw new Error(`Could not set working hours: ${JSON.stringify(reply)}`);
}
