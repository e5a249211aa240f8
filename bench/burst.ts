/**
 * Figure 8: 1,000 messages within one second from one page during a block. The fixture says what
 * it sent (the ground truth); the product's held list and digest say what it recorded.
 */
import type { Page } from 'playwright-core';
import { type BrowserHandle, fixture, openApp, tabIdOf } from '../e2e/harness';
import { ask, stored } from '../e2e/product';
import { startBlock } from './blocks';

/** One tab's signals within 3 s form one interruption (utils/interruptions.ts GROUP_GAP_MS). */
const EXPECTED_INTERRUPTIONS = 1;

interface HeldLike {
  blockId: string | null;
  tabId: number | null;
  messages: number;
}

export interface BurstRun {
  page: Page;
  blockId: string;
  sent: number;
  notificationsAttempted: number;
  recordedMessages: number;
  interruptions: number;
  settleMs: number;
}

async function heldOf(h: BrowserHandle, blockId: string, tabId: number): Promise<HeldLike[]> {
  const status = await ask<{ held: HeldLike[] }>(h, 'getStatus');
  return status.held.filter((i) => i.blockId === blockId && i.tabId === tabId);
}

/** Starts a block, fires the burst in a fresh Gmail tab, and waits until the recorded count settles. */
export async function runBurst(h: BrowserHandle, messages: number, withinMs: number): Promise<BurstRun> {
  const page = await openApp(h.context, 'gmail');
  const tabId = await tabIdOf(h, page);
  const blockId = await startBlock(h);
  await page.waitForTimeout(500); // the relay hears the block from storage.onChanged
  const sentAt = Date.now();
  const result = await fixture(page).burst(messages, withinMs);
  // The relay flushes every 150 ms; settle when the count reaches what was sent or stops moving for 3 s.
  let last = -1;
  let stableSince = Date.now();
  let held: HeldLike[] = [];
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    held = await heldOf(h, blockId, tabId);
    const recorded = held.reduce((sum, i) => sum + i.messages, 0);
    if (recorded !== last) {
      last = recorded;
      stableSince = Date.now();
    }
    if (recorded >= result.messages || Date.now() - stableSince > 3000) break;
    await page.waitForTimeout(500); // getStatus is not free: poll gently
  }
  return {
    page,
    blockId,
    sent: result.messages,
    notificationsAttempted: result.notificationsAttempted,
    recordedMessages: held.reduce((sum, i) => sum + i.messages, 0),
    interruptions: held.length,
    settleMs: Date.now() - sentAt,
  };
}

/** The figures, with the digest shown at the block's end as a cross-check (read after `endBlock`). */
export async function burstFigures(h: BrowserHandle, run: BurstRun) {
  const digest = await stored<{ blockId: string; held: number; messages: number }>(h, 'lastDigest');
  const ofThisBlock = digest?.blockId === run.blockId ? digest : null;
  const detail = {
    sent: run.sent,
    notificationsAttempted: run.notificationsAttempted,
    recordedMessages: run.recordedMessages,
    overcounted: Math.max(0, run.recordedMessages - run.sent),
    interruptionsRecorded: run.interruptions,
    interruptionsExpected: EXPECTED_INTERRUPTIONS,
    msFromFirstSignalToSettled: run.settleMs,
    digest: ofThisBlock ? { held: ofThisBlock.held, messages: ofThisBlock.messages } : 'no digest for the block',
  };
  return {
    lost: Math.max(0, run.sent - run.recordedMessages),
    miscounted: Math.abs(run.interruptions - EXPECTED_INTERRUPTIONS),
    detail,
  };
}
