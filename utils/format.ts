/** Plain-English figures for stats (the popup and report may localise later). Pure. */
import { BASELINE_MINUTES, type RangeStats } from './stats';

/** "0 min", "47 min", "2 h", "1 h 52 min": rounded to the nearest minute; bad input reads as 0. */
export function formatDuration(ms: number): string {
  const minutes = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : 0;
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A ratio with two significant digits below 1 ("0.45×"), one decimal below 10 ("3.4×", "3×"), whole above ("12×"). */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return '0×';
  const raw = ratio < 1 ? ratio.toPrecision(2) : ratio < 10 ? ratio.toFixed(1) : String(Math.round(ratio));
  // Trailing zeros say nothing ("3.0×" → "3×", "0.50×" → "0.5×").
  return `${raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw}×`;
}

/** Like formatDuration, but a gap under a minute reads in seconds, never "0 min". */
function formatGap(ms: number): string {
  return ms < 59_500 ? `${Math.max(1, Math.round(ms / 1000))} s` : formatDuration(ms);
}

/** "one interruption every 37 min — 3.4× the 11-minute baseline", "none in 47 min", "no focus time yet". */
export function everySentence(stats: RangeStats): string {
  const focusMs = stats.focusMinutes * 60_000;
  if (!(focusMs > 0)) return 'no focus time yet';
  if (stats.meanBetweenMs === null || stats.baselineRatio === null) return `none in ${formatGap(focusMs)}`;
  return `one interruption every ${formatGap(stats.meanBetweenMs)} — ${formatRatio(stats.baselineRatio)} the ${BASELINE_MINUTES}-minute baseline`;
}
