/** The weekly mean stretch at work over the last eight weeks (from the first week with data): a sparkline and its table. */
import { BASELINE_MINUTES } from '@/utils/baseline';
import { t } from '@/utils/browser-i18n';
import { hasRate } from '@/utils/week';
import type { WorkdayFigures } from '@/utils/workday';
import { isoDate } from '@/utils/zone-time';
import { axis } from './DayBars';
import { dateFormat, raw } from './figures';
import { minutesText, rateCell } from './sentences';

export interface TrendWeek {
  /** The week's first local midnight. */
  start: number;
  total: WorkdayFigures | null;
}

const WIDTH = 320;
const HEIGHT = 90;
const PAD = { top: 10, right: 10, bottom: 10, left: 30 };

const weekOf = (ms: number, zone: string) => dateFormat({ day: 'numeric', month: 'short', timeZone: zone }).format(ms);

/** The trend section's body; null weeks while they are being read. */
export function Trend({ weeks, zone }: { weeks: TrendWeek[] | null; zone: string }) {
  if (weeks === null) return <p class="muted">{t('report_trend_loading')}</p>;
  const values = weeks.map((w) =>
    w.total && hasRate(w.total.presentMinutes, w.total) ? w.total.meanStretchMinutes : null,
  );
  const { top } = axis(values);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotW : plotW / 2);
  const y = (m: number) => PAD.top + plotH - (Math.min(m, top) / top) * plotH;
  const points = values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
  const detail = weeks
    .map((w) => `${weekOf(w.start, zone)} ${w.total ? rateCell(w.total.presentMinutes, w.total).text : '—'}`)
    .join(', ');
  return (
    <div class="trend">
      <svg
        class="chart sparkline"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('report_trend_label', detail)}
        data-testid="chart-trend"
      >
        <line class="baseline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(BASELINE_MINUTES)} y2={y(BASELINE_MINUTES)} />
        <text x={PAD.left - 4} y={y(BASELINE_MINUTES) + 4} text-anchor="end">
          {BASELINE_MINUTES}
        </text>
        {points.length > 1 && (
          <polyline class="trend-line" points={points.map(([px, py]) => `${px},${py}`).join(' ')} />
        )}
        {points.map(([px, py]) => (
          <circle key={px} class="trend-point" cx={px} cy={py} r={3} />
        ))}
      </svg>
      <table class="figures trend-table">
        <thead>
          <tr>
            <th scope="col">{t('report_trend_col_week')}</th>
            <th scope="col">{t('report_col_work')}</th>
            <th scope="col">{t('report_trend_col_every')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const date = isoDate(w.start, zone);
            const cell = w.total ? rateCell(w.total.presentMinutes, w.total) : { kind: 'blank', text: '—' };
            return (
              <tr key={date}>
                <th scope="row">{weekOf(w.start, zone)}</th>
                <td>{w.total ? minutesText(w.total.presentMinutes) : '—'}</td>
                <td data-testid={`trend-${date}`} data-value={raw(w.total?.meanStretchMinutes)} data-rate={cell.kind}>
                  {cell.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
