/**
 * Figure 9, second half: service-worker starts while the browser sits idle. A worker that
 * Playwright (or any DevTools client) is attached to never idles out, so this browser is a plain
 * Chromium process with the extension loaded and a DevTools pipe on which the bench only *discovers*
 * targets (`Target.setDiscoverTargets`) and never attaches. Each `targetCreated` of the extension's
 * service worker is one start; `targetDestroyed` is Chromium stopping it. The run proves the
 * observer does not keep the worker alive (it must stop about 30 s after launch) and that it would
 * see a start (opening an extension page at the end that messages the background wakes it). Before
 * the control, the browser's pending alarms are read for `idle_hour_alarms`.
 */
import { BLANK_PAGE } from './browsers';
import { launchPlain, sleep } from './devtools-pipe';
import { alarmsPerHour, type PendingAlarm } from './measure';

/** Launches the idle browser now; the returned promise resolves when the idle window and the control are done. */
export async function idleWakeups(extPath: string, windowSeconds: number) {
  const browser = await launchPlain(extPath);
  const { cdp, workerStarts: starts, workerStops: stops, product } = browser;
  try {
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
    // The alarms the browser holds for the extension, read from a page with no script of its own.
    const beforeRead = starts.length;
    const alarms = await browser.evaluateIn<PendingAlarm[]>(
      `${browser.extensionOrigin()}/${BLANK_PAGE}`,
      'chrome.alarms.getAll()',
    );
    const alarmReadWoke = starts.length > beforeRead;
    const readAt = Date.now();
    // Control: an extension page asks the background for its status; a start must show, or the
    // counter above proves nothing.
    const before = starts.length;
    await cdp.send('Target.createTarget', { url: `${browser.extensionOrigin()}/popup.html` });
    for (const deadline = Date.now() + 5000; starts.length === before && Date.now() < deadline; ) await sleep(50);
    if (starts.length === before)
      throw new Error('the idle control saw no worker start: the wake-up counter is not working');
    return {
      alarms: { value: alarmsPerHour(alarms, readAt), detail: { pending: alarms, readAtEndOfWindow: true } },
      value: startsInWindow * (3600 / windowSeconds),
      detail: {
        windowSeconds,
        startsInWindow,
        scaledToOneHour: `${startsInWindow} × 3600 / ${windowSeconds}`,
        launchToFirstIdleStopMs: launchToFirstStopMs,
        controlWakeDetected: true,
        tabLoadWokeWorker: tabLoadWoke,
        alarmReadWokeWorker: alarmReadWoke,
      },
      browser: product,
    };
  } finally {
    await browser.close();
  }
}
