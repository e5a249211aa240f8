/**
 * The background's one loop: work out what is true now, make the browser match it, and set the
 * single alarm for the next boundary. Runs on start-up, on the alarm, and after every change.
 * Calls are serialised so an alarm and a popup command never interleave.
 */
import { browser } from 'wxt/browser';
import { nextBatchRelease } from '@/utils/batching';
import { blockIsOver, endedAtFor, newBlockStart } from '@/utils/block-end';
import { type FocusInputs, focusAt, nextScheduledWindow, nextTransition, pruneOverrides } from '@/utils/focus-engine';
import type { FocusBlock } from '@/utils/model';
import {
  applyRetention,
  loadOverrides,
  loadSchedule,
  loadSettings,
  openBlock,
  putBlock,
  saveOverrides,
} from '@/utils/records';
import type { Settings } from '@/utils/settings';
import { pinStrictBlock } from '@/utils/strict-policy';
import { releaseHeld } from './digest';
import { publishFocusState, settleTabs } from './holding';
import { settlePeek } from './peeks';
import { refreshPopupSnapshot } from './popup-snapshot';
import { currentZone } from './zone';

export const BOUNDARY_ALARM = 'boundary';

let chain: Promise<unknown> = Promise.resolve();
let settled: ((blockRunning: boolean) => void) | null = null;

/** Called after every recompute with whether a block runs (the background listens to tabs only then). */
export function onSettled(listener: (blockRunning: boolean) => void): void {
  settled = listener;
}

/** Runs `step` after every earlier engine step has finished. */
export function serialised<T>(step: () => Promise<T>): Promise<T> {
  const next = chain.then(step, step);
  chain = next.catch(() => undefined);
  return next;
}

export async function focusInputs(now: number): Promise<{ inputs: FocusInputs; settings: Settings }> {
  const [schedule, overrides, settings] = await Promise.all([loadSchedule(), loadOverrides(), loadSettings()]);
  const inputs: FocusInputs = { schedule, localZone: currentZone(), overrides };
  return { inputs: { ...inputs, overrides: pruneOverrides(now, inputs) }, settings };
}

/**
 * Brings blocks, tabs, toolbar and alarm in line with the schedule and overrides at `now`, then the
 * popup's snapshot (outside the queue: it only reads).
 */
export async function recompute(): Promise<void> {
  await serialised(async () => {
    const now = Date.now();
    const { inputs: loaded, settings } = await focusInputs(now);
    let block = await openBlock();
    // A running strict block ends only at its end or through its cost, whatever else changed.
    const inputs = { ...loaded, overrides: pinStrictBlock(block, loaded.overrides, now) };
    await saveOverrides(inputs.overrides);
    const window = focusAt(now, inputs);
    let endedJustNow: number | null = null;

    if (block && blockIsOver(block, window, now)) {
      // The block is over (perhaps while the browser was closed): its digest comes now.
      const endedAt = endedAtFor(block, now);
      await settlePeek(block, endedAt);
      block = { ...block, endedAt };
      await putBlock(block);
      await releaseHeld(block, settings, now, true);
      await applyRetention(settings, now);
      endedJustNow = endedAt;
      block = undefined;
    }
    if (window && !block) {
      block = newBlock(window, newBlockStart(window, now, endedJustNow), settings);
      await putBlock(block);
    } else if (
      window &&
      block &&
      // Only the window the block belongs to moves its end (not an earlier one the clock was set back into).
      window.start <= block.start &&
      block.start < window.end &&
      (block.end !== window.end || block.origin !== window.origin)
    ) {
      block = { ...block, end: window.end, origin: window.origin === 'schedule' ? 'schedule' : block.origin };
      await putBlock(block);
    }
    if (block && settings.batchWindows.length > 0) {
      const lastRelease = block.lastBatchAt ?? block.start;
      const due = nextBatchRelease(lastRelease, block, settings.batchWindows, currentZone());
      if (due !== null && due <= now) {
        await releaseHeld(block, settings, now, false);
        block = { ...block, lastBatchAt: now };
        await putBlock(block);
      }
    }
    await publishFocusState(block ?? null, settings);
    await settleTabs(block ?? null);
    await setBoundaryAlarm(now, inputs, block ?? null, settings);
    settled?.(Boolean(block));
  });
  await refreshPopupSnapshot();
}

function newBlock(
  window: { start: number; end: number; origin: 'schedule' | 'manual' },
  start: number,
  settings: Settings,
): FocusBlock {
  return {
    id: crypto.randomUUID(),
    start,
    end: window.end,
    endedAt: null,
    origin: window.origin,
    endedEarly: false,
    strict: settings.strict.enabled,
    digestShown: false,
  };
}

/** One alarm, at the next block boundary or batch window; left alone when it is already right. */
async function setBoundaryAlarm(
  now: number,
  inputs: FocusInputs,
  block: FocusBlock | null,
  settings: Settings,
): Promise<void> {
  // nextTransition looks 8 days ahead; a longer pause can hide all of them, and then the next
  // boundary is the first block after the pause (nextScheduledWindow looks past it).
  const candidates = [nextTransition(now, inputs) ?? nextScheduledWindow(now, inputs)?.start ?? null];
  if (block && settings.batchWindows.length > 0)
    candidates.push(
      nextBatchRelease(Math.max(now, block.lastBatchAt ?? block.start), block, settings.batchWindows, currentZone()),
    );
  const when = candidates.filter((t): t is number => t !== null && t > now).sort((a, b) => a - b)[0];
  const existing = await browser.alarms.get(BOUNDARY_ALARM);
  if (when === undefined) {
    if (existing) await browser.alarms.clear(BOUNDARY_ALARM);
    return;
  }
  if (existing && Math.abs(existing.scheduledTime - when) < 1000) return;
  await browser.alarms.create(BOUNDARY_ALARM, { when });
}
