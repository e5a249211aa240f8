/** Shared state of the guard in one page: its app, its mode and how it reports signals. */
import type { GuardMode, GuardSignal } from '@/utils/guard-protocol';
import type { Grammar } from '@/utils/title-grammars';
import type { BaseTitleRule } from './base-title';

export interface GuardContext {
  /** The catalog app id, or `custom:<origin>` for a site the person added. */
  appId: string;
  /** What to call the app when a title leaves nothing else to show ('' for a custom site). */
  appName: string;
  /** The grammar that reads the page's titles: the app's own, or the one a custom site borrows. */
  grammar: Grammar;
  /** Custom sites only (entrypoints/guard/base-title.ts): a title moving away from the base title counts while no grammar is borrowed. */
  baseTitle?: BaseTitleRule;
  blinks: boolean;
  /** Until the relay answers, the guard holds: a tab opened mid-block must be quiet from its first title. */
  mode: GuardMode | 'unknown';
  /** When a 'hold' ends by itself (the block's end), or null. */
  holdUntil: number | null;
  /** Reports a signal, unless the app is switched off; `held` is filled in from the mode unless given. */
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
