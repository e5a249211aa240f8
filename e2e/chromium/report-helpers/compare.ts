/**
 * The report's figures side by side: what the page shows (read from its data-testids) and what the
 * test computed, in the same shape, so one toEqual gives a readable diff.
 */

import type { ExpectedWeek, Figures } from './expected';
import type { Cell } from './page';
import { duration, longestCell, meanCell } from './words';

export interface RowView {
  focusMinutes: number;
  focusText: string;
  held: string;
  reached: string;
  breakthroughs: string;
  peeks: string;
  longestMs: number;
  longestText: string;
  /** null for "none": data-value is empty. */
  meanMs: number | null;
  meanText: string;
}

function expectedRow(f: Figures): RowView {
  return {
    focusMinutes: f.focusMs / 60_000,
    focusText: duration(f.focusMs),
    held: String(f.held),
    reached: String(f.reached),
    breakthroughs: String(f.breakthroughs),
    peeks: String(f.peeks),
    longestMs: f.longestMs,
    longestText: longestCell(f),
    meanMs: f.meanMs,
    meanText: meanCell(f),
  };
}

function shownRow(cells: Map<string, Cell>, prefix: string): RowView {
  const cell = (field: string): Cell =>
    cells.get(`${prefix}-${field}`) ?? { text: `(no ${prefix}-${field})`, value: null };
  const num = (field: string) => Number(cell(field).value);
  const mean = cell('mean').value;
  return {
    focusMinutes: num('focus'),
    focusText: cell('focus').text,
    held: cell('held').text,
    reached: cell('reached').text,
    breakthroughs: cell('breakthroughs').text,
    peeks: cell('peeks').text,
    longestMs: num('longest'),
    longestText: cell('longest').text,
    meanMs: mean === '' || mean === null ? null : Number(mean),
    meanText: cell('mean').text,
  };
}

export interface WeekView {
  days: Record<string, RowView>;
  total: RowView;
  blocks: number;
  /** Non-zero heatmap cells only ("2026-11-16 09": 3), so a diff names the odd cell. */
  heat: Record<string, number>;
}

const hh = (h: number) => String(h).padStart(2, '0');

/** The week as the test expects to see it. */
export function expectedView(week: ExpectedWeek): WeekView {
  const heat: Record<string, number> = {};
  week.heat.forEach((row, d) => {
    row.forEach((n, h) => {
      if (n > 0) heat[`${week.dates[d]} ${hh(h)}`] = n;
    });
  });
  return {
    days: Object.fromEntries(week.dates.map((date, i) => [date, expectedRow(week.days[i]!)])),
    total: expectedRow(week.total),
    blocks: week.blocks,
    heat,
  };
}

/** The week as the page shows it, for the dates the test expects (a missing row reads as NaN/"(no …)"). */
export function shownView(cells: Map<string, Cell>, dates: string[]): WeekView {
  const heat: Record<string, number> = {};
  for (const date of dates) {
    for (let h = 0; h < 24; h++) {
      const text = cells.get(`heat-${date}-${hh(h)}`)?.text;
      const n = text === undefined ? Number.NaN : Number(text);
      if (n !== 0) heat[`${date} ${hh(h)}`] = n;
    }
  }
  return {
    days: Object.fromEntries(dates.map((date) => [date, shownRow(cells, `day-${date}`)])),
    total: shownRow(cells, 'total'),
    blocks: Number(cells.get('total-blocks')?.value),
    heat,
  };
}
