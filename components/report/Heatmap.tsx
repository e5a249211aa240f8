/** When interruptions arrive, day × local hour (in and out of focus): an SVG grid and its table. */
import { t } from '@/utils/browser-i18n';
import { HEAT_COLOURS, type HeatStep, heatFill, heatStep, heatThreshold } from '@/utils/heat-steps';
import type { WeekReport } from '@/utils/week';
import { dayLabel } from './figures';

const CELL_W = 22;
const CELL_H = 20;
const LEFT = 92;
const TOP = 18;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The custom properties style.css fills each heatmap cell from, by its data-step. */
const STEP_COLOURS = ([0, 1, 2] as const).map((step) => `--heat-step-${step}: ${heatFill(step)}`).join('; ');

/** The busiest cell, worded for the chart's label. */
function busiest(week: WeekReport): string {
  let best = { d: -1, h: 0, n: 0 };
  week.heatmap.forEach((row, d) => {
    row.forEach((n, h) => {
      if (n > best.n) best = { d, h, n };
    });
  });
  const day = week.days[best.d];
  if (!day) return t('report_heatmap_quiet');
  return `${dayLabel(day.start, week.zone)} ${hh(best.h)}, ${best.n}`;
}

/** The counts each step stands for, worded: "none", "1–3" (or "1"), "4 or more". */
function stepLabels(max: number): Array<{ step: HeatStep; label: string }> {
  const cut = heatThreshold(max);
  const some = cut === 1 ? t('report_heat_step_single', 1) : t('report_heat_step1', 1, cut);
  const steps: Array<{ step: HeatStep; label: string }> = [
    { step: 0, label: t('report_heat_step0') },
    { step: 1, label: some },
  ];
  if (max > cut) steps.push({ step: 2, label: t('report_heat_step2', cut + 1) });
  return steps;
}

/** The heatmap figure: the grid for the eye, the table (in a disclosure) for everyone else. */
export function Heatmap({ week }: { week: WeekReport }) {
  const max = Math.max(1, ...week.heatmap.flat());
  const labels = week.days.map((d) => dayLabel(d.start, week.zone));
  return (
    <figure class="heatmap">
      <svg
        class="chart"
        viewBox={`0 0 ${LEFT + 24 * CELL_W} ${TOP + 7 * CELL_H}`}
        // The steps' colours, once for the chart: style.css gives each cell its step's (one style here
        // instead of one per cell: setting 168 inline styles was a visible part of drawing the week).
        style={STEP_COLOURS}
        role="img"
        aria-label={t('report_heatmap_label', busiest(week))}
        data-testid="chart-heatmap"
      >
        {HOURS.filter((h) => h % 3 === 0).map((h) => (
          <text key={h} x={LEFT + h * CELL_W + CELL_W / 2} y={TOP - 6} text-anchor="middle">
            {String(h).padStart(2, '0')}
          </text>
        ))}
        {week.heatmap.map((row, d) => (
          <g key={week.days[d]?.date ?? d}>
            <text x={LEFT - 6} y={TOP + d * CELL_H + CELL_H * 0.7} text-anchor="end">
              {labels[d]}
            </text>
            {/* A day that has not begun is left blank, as in the table. */}
            {week.days[d]?.state !== 'future' &&
              row.map((n, h) => (
                <rect
                  key={h}
                  class={n === 0 ? 'cell empty' : 'cell'}
                  data-step={heatStep(n, max)}
                  x={LEFT + h * CELL_W + 1}
                  y={TOP + d * CELL_H + 1}
                  width={CELL_W - 2}
                  height={CELL_H - 2}
                  // The attribute is the light colour for a browser without light-dark(); style.css wins elsewhere.
                  fill={HEAT_COLOURS.light[heatStep(n, max)]}
                />
              ))}
          </g>
        ))}
      </svg>
      <figcaption class="legend" data-testid="heat-legend">
        <span>{t('report_heat_legend')}:</span>
        {stepLabels(max).map(({ step, label }) => (
          <span key={step} data-step={step}>
            <span
              class="swatch heat"
              aria-hidden="true"
              style={`background: ${HEAT_COLOURS.light[step]}; background: ${heatFill(step)}`}
            />{' '}
            {label}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{t('report_heatmap_table')}</summary>
        <div class="scroll">
          <table class="figures heat-table">
            <thead>
              <tr>
                <th scope="col">{t('report_col_day')}</th>
                {HOURS.map((h) => (
                  <th key={h} scope="col">
                    {String(h).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {week.heatmap.map((row, d) => {
                const date = week.days[d]?.date ?? String(d);
                return (
                  <tr key={date}>
                    <th scope="row">{labels[d]}</th>
                    {row.map((n, h) => (
                      <td key={h} data-testid={`heat-${date}-${String(h).padStart(2, '0')}`}>
                        {n}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
