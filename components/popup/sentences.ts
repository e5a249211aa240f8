/**
 * The popup's sentences about interruptions against the 11-minute baseline, from the figures of
 * utils/workday.ts. The direction is said in words; no rate is given before there is enough time
 * and enough breaks to carry it, and the longest stretch is a duration, never a multiple.
 */
import { BASELINE_MINUTES, MIN_RATE_BREAKS, MIN_RATE_MINUTES } from '@/utils/baseline';
import { plural, t } from '@/utils/browser-i18n';
import type { StretchFigures } from '@/utils/workday';

/** A duration in the popup's language ("47 min", "1 h 52 min", "under a minute"), to the nearest minute. */
export function durationText(minutesExact: number): string {
  const minutes = Number.isFinite(minutesExact) && minutesExact > 0 ? Math.round(minutesExact) : 0;
  if (minutes < 1) return t('popup_underAMinute');
  if (minutes < 60) return t('popup_durationMin', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('popup_durationH', hours) : t('popup_durationHMin', hours, rest);
}

export type Scope = 'work' | 'focus';

/** "shorter than", "longer than" or "about the same as" the baseline, judged as the person reads it. */
export function directionKey(meanMinutes: number): 'popup_shorter' | 'popup_longer' | 'popup_same' {
  const shown = Math.round(meanMinutes);
  return shown < BASELINE_MINUTES ? 'popup_shorter' : shown > BASELINE_MINUTES ? 'popup_longer' : 'popup_same';
}

/**
 * The headline for some time: "One interruption every 16 min at work — longer than the 11-minute
 * baseline", or what is known while the sample is small ("2 interruptions in 24 min at work so far").
 */
export function rateText(minutes: number, figures: StretchFigures, scope: Scope): string {
  const breaks = figures.reached + figures.peeks;
  if (!(minutes > 0)) return t(scope === 'work' ? 'popup_noWorkTime' : 'popup_justStarted');
  if (minutes < MIN_RATE_MINUTES || breaks < MIN_RATE_BREAKS || figures.meanStretchMinutes === null) {
    if (breaks === 0) return t(`popup_noneSoFar_${scope}`, durationText(minutes));
    return plural(`popup_countSoFar_${scope}`, breaks, durationText(minutes));
  }
  const mean = figures.meanStretchMinutes;
  const direction = t(directionKey(mean), BASELINE_MINUTES);
  if (mean < 1) return t(`popup_everyUnderMinute_${scope}`, direction);
  return t(`popup_every_${scope}`, durationText(mean), direction);
}

/** "5 held that would have reached you", or null when nothing was held. */
export function heldText(held: number): string | null {
  return held > 0 ? plural('popup_heldWouldHave', held) : null;
}
