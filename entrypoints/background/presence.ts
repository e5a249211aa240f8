/**
 * Presence from the browser's idle API: the worker is woken only by a change of state (no polling,
 * no timers). The detection interval is not kept across worker starts, so every wake sets it again.
 */
import { browser } from 'wxt/browser';
import type { IdleState } from '@/utils/presence';
import { loadSettings, recordPresence } from '@/utils/records';
import type { Settings } from '@/utils/settings';
import { refreshPopupSnapshot } from './popup-snapshot';

/** Chromium refuses a detection interval under 15 s; settings allow whole minutes only. */
export function applyAwaySetting(settings: Settings): void {
  browser.idle.setDetectionInterval(settings.awayAfterMinutes * 60);
}

export async function onIdleStateChanged(state: IdleState): Promise<void> {
  const settings = await loadSettings();
  await recordPresence(state, Date.now(), settings.awayAfterMinutes * 60_000);
  // Time away is not working time: today's figures change.
  await refreshPopupSnapshot();
}
