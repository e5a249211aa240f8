/** The popup's sentences about interruptions, localised from the numbers in RangeStats. */
import { t } from '@/utils/browser-i18n';
import { formatDuration, formatRatio } from '@/utils/format';
import { BASELINE_MINUTES, type RangeStats } from '@/utils/stats';

/** A duration for a sentence; under a minute says so rather than "0 min". */
export function durationText(ms: number): string {
  return ms < 30_000 ? t('popup_underAMinute') : formatDuration(ms);
}

/**
 * "One interruption every 37 min — 3.4× the 11-minute baseline", or "None in 47 min", or "No focus
 * time yet" (`scope` picks the wording for today or for the running block).
 */
export function everyText(stats: RangeStats, scope: 'today' | 'block'): string {
  const focusMs = stats.focusMinutes * 60_000;
  if (!(focusMs > 0)) return scope === 'today' ? t('popup_noFocusToday') : t('popup_justStarted');
  if (stats.meanBetweenMs === null || stats.baselineRatio === null) return t('popup_noneIn', durationText(focusMs));
  return t('popup_every', durationText(stats.meanBetweenMs), formatRatio(stats.baselineRatio), BASELINE_MINUTES);
}

/** What it would have been without holding ("Without holding: one every 9 min"), when holding helped. */
export function unguardedText(stats: RangeStats): string | null {
  if (stats.held === 0 || stats.unguardedMeanBetweenMs === null) return null;
  return t('popup_unguarded', durationText(stats.unguardedMeanBetweenMs));
}
