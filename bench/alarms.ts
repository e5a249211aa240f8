/**
 * Figure 9, first half: alarms the background creates per focus block. The background counts each
 * `alarms.create` in storage.local `alarmsCreated`; the bench starts and ends blocks and divides.
 */
import type { BrowserHandle } from '../e2e/harness';
import type { ExtensionGlobal } from '../e2e/harness/chrome-types';
import { controlPage } from '../e2e/harness/control';
import { stored } from '../e2e/product';
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
  const before = (await stored<number>(h, 'alarmsCreated')) ?? 0;
  const during: number[] = [];
  for (let i = 0; i < blocks; i++) {
    await startBlock(h);
    during.push((await pendingAlarms(h)).length);
    await endBlock(h);
  }
  const after = (await stored<number>(h, 'alarmsCreated')) ?? 0;
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
