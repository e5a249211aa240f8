/**
 * Figure 9, first half: alarms the background creates per focus block. The control tab watches the
 * extension's alarms (e2e/chromium/helpers/browser-state.ts watchAlarms: each new name and time seen
 * is one alarms.create); the bench starts and ends blocks and divides.
 */
import { watchAlarms } from '../e2e/chromium/helpers/browser-state';
import type { BrowserHandle } from '../e2e/harness';
import type { ExtensionGlobal } from '../e2e/harness/chrome-types';
import { controlPage } from '../e2e/harness/control';
import { endBlock, startBlock } from './blocks';

type AlarmsGlobal = ExtensionGlobal & {
  chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };
};

/** The extension's alarms right now, as the browser holds them. */
export async function pendingAlarms(h: BrowserHandle) {
  const page = await controlPage(h);
  return page.evaluate(() => (globalThis as AlarmsGlobal).chrome.alarms.getAll());
}

/** Starts and ends `blocks` hand-started blocks; alarms created per block, and what is left pending after. */
export async function alarmsPerBlock(h: BrowserHandle, blocks: number) {
  const watch = await watchAlarms(h);
  const before = (await watch.read()).created;
  const during: number[] = [];
  for (let i = 0; i < blocks; i++) {
    await startBlock(h);
    during.push((await pendingAlarms(h)).length);
    // A few of the watch's 50 ms samples, so the block's alarm is seen before the end clears it.
    await new Promise((r) => setTimeout(r, 200));
    await endBlock(h);
  }
  const after = (await watch.read()).created;
  const left = await pendingAlarms(h);
  return {
    value: (after - before) / blocks,
    detail: {
      blocks,
      alarmsCreated: after - before,
      alarmsPendingDuringEachBlock: during,
      alarmsPendingAfterwards: left.map((a) => a.name),
    },
  };
}
