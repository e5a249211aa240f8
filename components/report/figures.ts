/** How the report words its figures: never NaN, and "none" rather than an empty cell. */
import { t } from '@/utils/browser-i18n';
import { formatDuration, formatRatio } from '@/utils/format';
import type { RangeStats } from '@/utils/stats';

/** A gap between interruptions: seconds under a minute (never "0 min"), else formatDuration. */
export function gapText(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return formatDuration(0);
  return ms < 59_500 ? `${Math.max(1, Math.round(ms / 1000))} s` : formatDuration(ms);
}

/** Focus time of a range, e.g. "1 h 52 min". */
export function focusText(stats: RangeStats): string {
  return formatDuration(stats.focusMinutes * 60_000);
}

/** Mean time between interruptions with its ratio to the baseline, or why there is none. */
export function meanText(stats: RangeStats): string {
  if (!(stats.focusMinutes > 0)) return t('report_no_focus');
  if (stats.meanBetweenMs === null) return t('report_none');
  const ratio = stats.baselineRatio === null ? '' : ` (${formatRatio(stats.baselineRatio)})`;
  return `${gapText(stats.meanBetweenMs)}${ratio}`;
}

/** A raw number for data-value attributes, so tests can compare exact values; empty for none. */
export function raw(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

/** Short local weekday and date of a day start, e.g. "Mon 23 Nov". */
export function dayLabel(ms: number, zone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  }).format(ms);
}
