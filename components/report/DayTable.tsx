/** One row per day of the week plus the week's total: the figures and the charts' text alternative. */
import { t } from '@/utils/browser-i18n';
import type { RangeStats } from '@/utils/stats';
import type { WeekReport } from '@/utils/week';
import { dayLabel, focusText, gapText, meanText, raw } from './figures';

interface RowProps {
  /** Prefix of every data-testid in the row: `day-2026-11-23` or `total`. */
  id: string;
  label: string;
  stats: RangeStats;
  header?: boolean;
}

function StatsRow({ id, label, stats, header }: RowProps) {
  const focusMs = stats.focusMinutes * 60_000;
  return (
    <tr class={header ? 'total' : undefined}>
      <th scope="row">{label}</th>
      <td data-testid={`${id}-focus`} data-value={raw(stats.focusMinutes)}>
        {focusText(stats)}
      </td>
      <td data-testid={`${id}-held`}>{stats.held}</td>
      <td data-testid={`${id}-reached`}>{stats.reached}</td>
      <td data-testid={`${id}-breakthroughs`}>{stats.breakthroughs}</td>
      <td data-testid={`${id}-peeks`}>{stats.peeks}</td>
      <td data-testid={`${id}-longest`} data-value={raw(stats.longestStretchMs)}>
        {focusMs > 0 ? gapText(stats.longestStretchMs) : '—'}
      </td>
      <td data-testid={`${id}-mean`} data-value={raw(stats.meanBetweenMs)}>
        {meanText(stats)}
      </td>
    </tr>
  );
}

/** The day-by-day table. */
export function DayTable({ week }: { week: WeekReport }) {
  return (
    <table class="figures days" aria-labelledby="days-heading">
      <caption data-testid="total-blocks" data-value={week.blocksCount}>
        {t('report_blocks', week.blocksCount)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report_col_day')}</th>
          <th scope="col">{t('report_col_focus')}</th>
          <th scope="col">{t('report_col_held')}</th>
          <th scope="col">{t('report_col_reached')}</th>
          <th scope="col">{t('report_col_breakthroughs')}</th>
          <th scope="col">{t('report_col_peeks')}</th>
          <th scope="col">{t('report_col_longest')}</th>
          <th scope="col">{t('report_col_mean')}</th>
        </tr>
      </thead>
      <tbody>
        {week.days.map((day) => (
          <StatsRow key={day.date} id={`day-${day.date}`} label={dayLabel(day.start, week.zone)} stats={day.stats} />
        ))}
      </tbody>
      <tfoot>
        <StatsRow id="total" label={t('report_total')} stats={week.total} header />
      </tfoot>
    </table>
  );
}
