/**
 * The focus state the background publishes in storage.local (utils/browser-storage.ts `focusState`)
 * for content scripts, which read it directly (no service-worker wake-up is needed to learn whether
 * a page must be held). It holds nothing of the person's (no breakthrough rules): those stay in the background. Pure.
 */
import type { CustomSite } from './apps';
import type { GuardMode } from './guard-protocol';

export interface SharedFocusState {
  /** The running block, or null. */
  block: { id: string; start: number; end: number } | null;
  disabledApps: string[];
  neverHold: string[];
  customSites: CustomSite[];
  /** Bumped on every publish so listeners see a change even when nothing else differs. */
  revision: number;
}

export const IDLE_FOCUS_STATE: SharedFocusState = {
  block: null,
  disabledApps: [],
  neverHold: [],
  customSites: [],
  revision: 0,
};

/** How the guard in a page of `appId` must behave at `now`. */
export function guardModeFor(state: SharedFocusState, appId: string, now: number): GuardMode {
  if (state.disabledApps.includes(appId)) return 'off';
  if (!state.block || now >= state.block.end || now < state.block.start) return 'pass';
  return state.neverHold.includes(appId) ? 'pass' : 'hold';
}

/**
 * The title grammar for a page: a catalog app's own, or what the person chose for a custom site.
 * App ids are catalog ids or `custom:<origin>` (utils/apps.ts), so this needs no catalog.
 */
export function grammarFor(state: SharedFocusState, appId: string): string | null {
  if (!appId.startsWith('custom:')) return appId;
  const origin = appId.slice('custom:'.length);
  return state.customSites.find((site) => site.origin === origin)?.grammar ?? null;
}
