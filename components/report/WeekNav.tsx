/** The week's heading and the buttons that move between weeks. */
import { t } from '@/utils/browser-i18n';

interface Props {
  /** yyyy-MM-dd of the week's first day, as in the ?week= parameter. */
  weekDate: string;
  /** The week's dates as the person reads them, e.g. "23 – 29 Nov 2026". */
  range: string;
  zone: string;
  isThisWeek: boolean;
  /** False once the shown week is this week or later: the future has no figures. */
  canGoNext: boolean;
  /** False at the first week with data (or with none at all): nothing is recorded before it. */
  canGoPrev: boolean;
  onMove: (weeks: -1 | 0 | 1) => void;
}

/** Heading plus previous / this / next week buttons (real buttons, so the keyboard just works). */
export function WeekNav({ weekDate, range, zone, isThisWeek, canGoNext, canGoPrev, onMove }: Props) {
  return (
    <nav class="week-nav" aria-label={t('report_title')}>
      <div>
        <h1>
          <span data-testid="week-range" data-week={weekDate}>
            {t('report_week_of', range)}
          </span>
        </h1>
        <p class="muted" data-testid="week-zone">
          {t('report_zone', zone)}
        </p>
      </div>
      <div class="buttons">
        <button type="button" data-testid="week-prev" disabled={!canGoPrev} onClick={() => onMove(-1)}>
          ← {t('report_prev_week')}
        </button>
        <button type="button" data-testid="week-this" disabled={isThisWeek} onClick={() => onMove(0)}>
          {t('report_this_week')}
        </button>
        <button type="button" data-testid="week-next" disabled={!canGoNext} onClick={() => onMove(1)}>
          {t('report_next_week')} →
        </button>
      </div>
    </nav>
  );
}
