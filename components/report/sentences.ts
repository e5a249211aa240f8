/**
 * How the report words its figures: the same durations as the popup (components/popup/sentences.ts),
 * the direction against the baseline in words, no rate before 30 minutes and 3 breaks
 * (utils/week.ts hasRate), and the summary built from the very numbers the table shows.
 */
import { directionKey, durationText } from '@/components/popup/sentences';
import { BASELINE_MINUTES } from '@/utils/baseline';
import { plural, t } from '@/utils/browser-i18n';
import { hasRate } from '@/utils/week';
import type { StretchFigures, WorkdayFigures } from '@/utils/workday';

/** A duration as the table shows it: "0 min" for none, else as the popup says it. */
export function minutesText(minutes: number): string {
  return minutes > 0 ? durationText(minutes) : t('popup_durationMin', 0);
}

/** What a rate cell holds: a rate, no break at all, too little to say, or no time to speak of. */
export type RateKind = 'rate' | 'none' | 'few' | 'blank';

/** The "interruptions every N min" cell of some time. */
export function rateCell(minutes: number, f: StretchFigures): { kind: RateKind; text: string } {
  if (!(minutes > 0)) return { kind: 'blank', text: '—' };
  if (hasRate(minutes, f)) {
    const mean = f.meanStretchMinutes;
    return { kind: 'rate', text: mean < 1 ? t('report_everyUnderMinute') : t('report_every', durationText(mean)) };
  }
  const breaks = f.reached + f.peeks;
  if (breaks === 0) return { kind: 'none', text: t('report_rate_none') };
  return { kind: 'few', text: t('report_rate_few', breaks, minutesText(minutes)) };
}

/** "3 min longer than last week", when both weeks have a rate; compared as the minutes are shown. */
export function changeText(total: WorkdayFigures, previous: WorkdayFigures | null): string | null {
  if (!previous || !hasRate(total.presentMinutes, total) || !hasRate(previous.presentMinutes, previous)) return null;
  const diff = Math.round(total.meanStretchMinutes) - Math.round(previous.meanStretchMinutes);
  if (diff === 0) return t('report_change_same');
  return t(diff > 0 ? 'report_change_longer' : 'report_change_shorter', durationText(Math.abs(diff)));
}

/** One sentence about some time at work or in focus, e.g. "One interruption every 14 min at work — …". */
export function rateSentence(minutes: number, f: StretchFigures, scope: 'work' | 'focus'): string {
  if (!(minutes > 0)) return t(`report_noTime_${scope}`);
  const breaks = f.reached + f.peeks;
  if (hasRate(minutes, f)) {
    const mean = f.meanStretchMinutes;
    const direction = t(directionKey(mean), BASELINE_MINUTES);
    return mean < 1
      ? t(`report_headlineUnderMinute_${scope}`, direction)
      : t(`report_headline_${scope}`, durationText(mean), direction);
  }
  if (breaks === 0) return t(`report_noneIn_${scope}`, durationText(minutes));
  return plural(`report_fewIn_${scope}`, breaks, durationText(minutes));
}

/** The week in plain words, from the figures of its table's total row. */
export function weekSummary(total: WorkdayFigures, previous: WorkdayFigures | null, topApp: string | null): string {
  const change = changeText(total, previous);
  const headline = rateSentence(total.presentMinutes, total, 'work');
  const parts = [change ? t('report_withChange', headline, change) : t('report_sentence', headline)];
  if (total.focus.minutes > 0)
    parts.push(t('report_sentence', rateSentence(total.focus.minutes, total.focus, 'focus')));
  if (total.presentMinutes > 0)
    parts.push(
      t(
        'report_counts',
        plural('report_countHeld', total.held),
        plural('report_countReached', total.reached),
        plural('report_countPeeks', total.peeks),
      ),
    );
  if (topApp) parts.push(t('report_topApp', topApp));
  return parts.join(' ');
}
