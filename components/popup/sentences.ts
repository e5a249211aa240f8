/** The popup's sentences about interruptions, localised from the numbers in RangeStats. */
import { t } from '@/utils/browser-i18n';
import type { RangeStats } from '@/utils/stats';

/**
 * Mirrors utils/stats.ts BASELINE_MINUTES (a test keeps them equal). Importing it would put all of
 * stats.ts, which the report shares, into the popup's chunk: about 0.6 KB gzipped of a 15 KB budget.
 */
export const POPUP_BASELINE_MINUTES = 11;

/**
 * A duration for a sentence in the popup's language ("47 min", "1 h 52 min", "under a minute").
 * Same rounding as utils/format.ts formatDuration, which is English-only.
 */
export function durationText(ms: number): string {
  const minutes = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : 0;
  if (minutes < 1) return t('popup_underAMinute');
  if (minutes < 60) return t('popup_durationMin', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('popup_durationH', hours) : t('popup_durationHMin', hours, rest);
}

/** "3.4×" (or "3,4×"): one decimal under 10, whole numbers above, two significant digits under 1. */
export function ratioText(ratio: number): string {
  const digits: Intl.NumberFormatOptions =
    ratio < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: ratio < 10 ? 1 : 0 };
  return t('popup_ratio', new Intl.NumberFormat(undefined, digits).format(Math.max(0, ratio)));
}

/**
 * "One interruption every 37 min — 3.4× the 11-minute baseline", or "No interruptions in 47 min of
 * focus", or no focus time yet (`scope` picks the wording for today or for the running block).
 */
export function everyText(stats: RangeStats, scope: 'today' | 'block'): string {
  const focusMs = stats.focusMinutes * 60_000;
  if (!(focusMs > 0)) return scope === 'today' ? t('popup_noFocusToday') : t('popup_justStarted');
  if (stats.meanBetweenMs === null || stats.baselineRatio === null) return t('popup_noneIn', durationText(focusMs));
  if (stats.meanBetweenMs < 60_000) return t('popup_everyUnderMinute');
  return t('popup_every', durationText(stats.meanBetweenMs), ratioText(stats.baselineRatio), POPUP_BASELINE_MINUTES);
}

/** What it would have been without holding ("Without holding it would have been one every 9 min."). */
export function unguardedText(stats: RangeStats): string | null {
  if (stats.held === 0 || stats.unguardedMeanBetweenMs === null) return null;
  if (stats.unguardedMeanBetweenMs < 60_000) return t('popup_unguardedUnderMinute');
  return t('popup_unguarded', durationText(stats.unguardedMeanBetweenMs));
}
