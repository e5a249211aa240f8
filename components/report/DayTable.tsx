/** One row per day of the week plus the week's total, at work and in focus: the charts' text alternative. */
import { t } from '@/utils/browser-i18n';
import type { WeekReport } from '@/utils/week';
import type { WorkdayFigures } from '@/utils/workday';
import { dayLabel, raw } from './figures';
import { minutesText, rateCell } from './sentences';

interface RowProps {
  /** Prefix of every data-testid in the row: `day-2026-11-23` or `total`. */
  id: string;
  label: string;
  figures: WorkdayFigures | null;
  /** Why a row has no figures (a future day, a day before the history). */
  blank?: string;
  header?: boolean;
}

const FIELDS = ['work', 'focus', 'reached', 'held', 'peeks', 'longest', 'every-work', 'every-focus'] as const;

function Row({ id, label, figures: f, blank, header }: RowProps) {
  if (!f) {
    return (
      <tr class={header ? 'total blank' : 'blank'} data-testid={id} data-state="blank">
        <th scope="row">{label}</th>
        {FIELDS.map((field, i) => (
          <td key={field} data-testid={`${id}-${field}`} data-value="" class="muted">
            {i === 0 ? blank : ''}
          </td>
        ))}
      </tr>
    );
  }
  const work = rateCell(f.presentMinutes, f);
  const focus = rateCell(f.focus.minutes, f.focus);
  return (
    <tr class={header ? 'total' : undefined} data-testid={id} data-state="shown">
      <th scope="row">{label}</th>
      <td data-testid={`${id}-work`} data-value={raw(f.presentMinutes)}>
        {minutesText(f.presentMinutes)}
      </td>
      <td data-testid={`${id}-focus`} data-value={raw(f.focus.minutes)}>
        {minutesText(f.focus.minutes)}
      </td>
      <td data-testid={`${id}-reached`} data-value={f.reached}>
        {f.reached}
      </td>
      <td data-testid={`${id}-held`} data-value={f.held}>
        {f.held}
      </td>
      <td data-testid={`${id}-peeks`} data-value={f.peeks}>
        {f.peeks}
      </td>
      <td data-testid={`${id}-longest`} data-value={raw(f.longestStretchMinutes)}>
        {f.longestStretchMinutes === null ? '—' : minutesText(f.longestStretchMinutes)}
      </td>
      <td
        data-testid={`${id}-every-work`}
        data-value={raw(f.meanStretchMinutes)}
        data-rate={work.kind}
        class={work.kind === 'few' ? 'muted' : undefined}
        title={work.kind === 'few' ? t('report_rate_few_note') : undefined}
      >
        {work.text}
      </td>
      <td
        data-testid={`${id}-every-focus`}
        data-value={raw(f.focus.meanStretchMinutes)}
        data-rate={focus.kind}
        class={focus.kind === 'few' ? 'muted' : undefined}
        title={focus.kind === 'few' ? t('report_rate_few_note') : undefined}
      >
        {focus.text}
      </td>
    </tr>
  );
}

/** The day-by-day table. */
export function DayTable({ week }: { week: WeekReport }) {
  return (
    <div class="scroll">
      <table class="figures days" aria-labelledby="days-heading">
        <thead>
          <tr>
            <th scope="col">{t('report_col_day')}</th>
            <th scope="col">{t('report_col_work')}</th>
            <th scope="col">{t('report_col_focus')}</th>
            <th scope="col">{t('report_col_reached')}</th>
            <th scope="col">{t('report_col_held')}</th>
            <th scope="col">{t('report_col_peeks')}</th>
            <th scope="col">{t('report_col_longest')}</th>
            <th scope="col">{t('report_col_every_work')}</th>
            <th scope="col">{t('report_col_every_focus')}</th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((day) => (
            <Row
              key={day.date}
              id={`day-${day.date}`}
              label={dayLabel(day.start, week.zone)}
              figures={day.work}
              blank={day.state === 'before' ? t('report_blank_before') : ''}
            />
          ))}
        </tbody>
        <tfoot>
          <Row id="total" label={t('report_total')} figures={week.total} header />
        </tfoot>
      </table>
    </div>
  );
}
