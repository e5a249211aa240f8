/** Shared state of the guard in one page: its mode and how it reports signals. */
import type { GuardMode, GuardSignal } from '@/utils/guard-protocol';

export interface GuardContext {
  /** The catalog app id, or `custom:<origin>` for a site the person added. */
  appId: string;
  /** The app whose title grammar applies (a custom site may borrow one), or null for none. */
  grammar: string | null;
  blinks: boolean;
  /** Until the relay answers, the guard holds: a tab opened mid-block must be quiet from its first title. */
  mode: GuardMode | 'unknown';
  /** When a 'hold' ends by itself (the block's end), or null. */
  holdUntil: number | null;
  /** Reports a signal; `held` is filled in from the mode unless given. */
  emit(signal: Omit<GuardSignal, 'at'>): void;
}

/** The mode at this moment: a hold ends exactly at the block's end, whatever timers do. */
export function modeNow(ctx: GuardContext): GuardMode | 'unknown' {
  return ctx.mode === 'hold' && ctx.holdUntil !== null && Date.now() >= ctx.holdUntil ? 'pass' : ctx.mode;
}

/** True while the page must be kept quiet. */
export function holding(ctx: GuardContext): boolean {
  const mode = modeNow(ctx);
  return mode === 'hold' || mode === 'unknown';
}
