/**
 * Mean time between interruptions per day, as bars against a dashed 11-minute baseline.
 * Own SVG: seven bars and a line do not justify a chart library in an extension page.
 */
import { t } from '@/utils/browser-i18n';
import { BASELINE_MINUTES } from '@/utils/stats';
import type { WeekReport } from '@/utils/week';
import { gapText } from './figures';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 28, right: 12, bottom: 28, left: 40 };

function weekday(ms: number, zone: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: zone }).format(ms);
}

/** A round axis in minutes: at most four steps of 5, 10, 15, 30 min or whole hours, covering the baseline. */
function axis(values: Array<number | null>): { top: number; ticks: number[] } {
  const max = Math.max(BASELINE_MINUTES * 1.5, ...values.map((v) => v ?? 0));
  const step = [5, 10, 15, 30, 60, 120, 240, 480, 960].find((s) => s * 4 >= max) ?? Math.ceil(max / 4 / 60) * 60;
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** The bar chart; the day table carries the same figures as text. */
export function DayBars({ week }: { week: WeekReport }) {
  const values = week.days.map((d) => (d.stats.meanBetweenMs === null ? null : d.stats.meanBetweenMs / 60_000));
  const { top, ticks } = axis(values);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / week.days.length;
  const y = (minutes: number) => PAD.top + plotH - (Math.min(minutes, top) / top) * plotH;
  const detail = week.days
    .map(
      (d) =>
        `${weekday(d.start, week.zone)} ${d.stats.meanBetweenMs === null ? t('report_none') : gapText(d.stats.meanBetweenMs)}`,
    )
    .join(', ');

  return (
    <svg
      class="chart bars"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('report_bars_label', detail)}
      data-testid="chart-bars"
    >
      {ticks.map((v) => (
        <g key={v} class="tick">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
            {v}
          </text>
        </g>
      ))}
      <text x={PAD.left - 6} y={PAD.top - 14} text-anchor="end">
        min
      </text>
      {week.days.map((d, i) => {
        const v = values[i] ?? null;
        const x = PAD.left + i * slot + slot * 0.2;
        return (
          <g key={d.date}>
            {v !== null && (
              <rect
                class={v >= BASELINE_MINUTES ? 'bar good' : 'bar poor'}
                x={x}
                y={y(v)}
                width={slot * 0.6}
                height={Math.max(1, PAD.top + plotH - y(v))}
              />
            )}
            {v === null && d.stats.focusMinutes > 0 && (
              // Focus with nothing breaking it: the best case, so it must not look like a missing bar.
              <text class="none" x={x + slot * 0.3} y={y(BASELINE_MINUTES) - 8} text-anchor="middle">
                {t('report_none')}
              </text>
            )}
            <text x={x + slot * 0.3} y={HEIGHT - 8} text-anchor="middle">
              {weekday(d.start, week.zone)}
            </text>
          </g>
        );
      })}
      <line class="baseline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(BASELINE_MINUTES)} y2={y(BASELINE_MINUTES)} />
      <text class="baseline-label" x={WIDTH - PAD.right} y={y(BASELINE_MINUTES) - 4} text-anchor="end">
        {t('report_baseline')}
      </text>
    </svg>
  );
}
