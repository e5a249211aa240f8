/**
 * One interruption every … minutes, per day, at work and in focus, as paired bars against a dashed
 * 11-minute baseline. A day without enough data for a rate is marked "n/a", a day with no break
 * "none", never a bar of zero; future days and days without working time stay empty.
 * Own SVG: fourteen bars and a line do not justify a chart library in an extension page.
 */

import { BASELINE_MINUTES } from '@/utils/baseline';
import { t } from '@/utils/browser-i18n';
import { hasRate, type WeekReport } from '@/utils/week';
import type { StretchFigures } from '@/utils/workday';
import { weekdayShort } from './figures';
import { rateCell } from './sentences';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 28, right: 12, bottom: 28, left: 40 };

/** A round axis in minutes: at most four steps of 5, 10, 15, 30 min or whole hours, covering the baseline. */
export function axis(values: Array<number | null>): { top: number; ticks: number[] } {
  const max = Math.max(BASELINE_MINUTES * 1.5, ...values.map((v) => v ?? 0));
  const step = [5, 10, 15, 30, 60, 120, 240, 480, 960].find((s) => s * 4 >= max) ?? Math.ceil(max / 4 / 60) * 60;
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

type Mark = { kind: 'bar'; minutes: number } | { kind: 'none' } | { kind: 'few' } | null;

/** What one series draws for some time: a bar only for a real rate. */
function mark(minutes: number, f: StretchFigures): Mark {
  if (!(minutes > 0)) return null;
  if (hasRate(minutes, f)) return { kind: 'bar', minutes: f.meanStretchMinutes };
  return f.reached + f.peeks === 0 ? { kind: 'none' } : { kind: 'few' };
}

/** The bar chart; the day table carries the same figures as text. */
export function DayBars({ week }: { week: WeekReport }) {
  const marks = week.days.map((d) =>
    d.work ? ([mark(d.work.presentMinutes, d.work), mark(d.work.focus.minutes, d.work.focus)] as const) : [null, null],
  );
  const { top, ticks } = axis(marks.flat().map((m) => (m?.kind === 'bar' ? m.minutes : null)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / week.days.length;
  const barW = slot * 0.32;
  const y = (minutes: number) => PAD.top + plotH - (Math.min(minutes, top) / top) * plotH;
  const detail = week.days
    .filter((d) => d.work && d.work.presentMinutes > 0)
    .map((d) => {
      const f = d.work!;
      const work = rateCell(f.presentMinutes, f).text;
      const focus = rateCell(f.focus.minutes, f.focus).text;
      return `${weekdayShort(d.start, week.zone)}: ${t('report_bars_work')} ${work}, ${t('report_bars_focus')} ${focus}`;
    })
    .join('; ');

  const drawn = (m: Mark, x: number, series: 'work' | 'focus') => {
    if (!m) return null;
    if (m.kind === 'bar')
      return (
        <rect
          class={`bar ${series}`}
          x={x}
          y={y(m.minutes)}
          width={barW}
          height={Math.max(1, PAD.top + plotH - y(m.minutes))}
        />
      );
    // Upright, where the bar would stand: side by side, two words wider than a bar ("keine", "ninguna")
    // ran into one another; turned, each takes a bar's width whatever its length.
    const cx = x + barW / 2;
    const cy = PAD.top + plotH - 4;
    return (
      <text
        class={m.kind === 'none' ? 'mark none' : 'mark few'}
        x={cx}
        y={cy}
        transform={`rotate(-90 ${cx} ${cy})`}
        dominant-baseline="central"
        text-anchor="start"
      >
        {m.kind === 'none' ? t('report_rate_none') : t('report_bars_few')}
      </text>
    );
  };

  return (
    <figure>
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
          {t('report_bars_axisUnit')}
        </text>
        {week.days.map((d, i) => {
          const [work, focus] = marks[i] ?? [null, null];
          const x = PAD.left + i * slot + slot * 0.16;
          return (
            <g key={d.date} data-testid={`bar-${d.date}`} data-work={work?.kind ?? ''} data-focus={focus?.kind ?? ''}>
              {drawn(work, x, 'work')}
              {drawn(focus, x + barW + 2, 'focus')}
              <text x={PAD.left + i * slot + slot / 2} y={HEIGHT - 8} text-anchor="middle">
                {weekdayShort(d.start, week.zone)}
              </text>
            </g>
          );
        })}
        <line class="baseline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(BASELINE_MINUTES)} y2={y(BASELINE_MINUTES)} />
        <text class="baseline-label" x={WIDTH - PAD.right} y={y(BASELINE_MINUTES) - 4} text-anchor="end">
          {t('report_baseline')}
        </text>
      </svg>
      <figcaption class="legend">
        <span>
          <span class="swatch work" aria-hidden="true" /> {t('report_bars_work')}
        </span>
        <span>
          <span class="swatch focus" aria-hidden="true" /> {t('report_bars_focus')}
        </span>
        <span>
          <span class="swatch baseline" aria-hidden="true" /> {t('report_baseline')}
        </span>
        <span>{t('report_bars_legend_few')}</span>
        <span>{t('report_bars_legend_none')}</span>
      </figcaption>
    </figure>
  );
}
