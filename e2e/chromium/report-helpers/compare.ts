/**
 * The report's figures side by side: what the page shows (read from its data-testids) and what the
 * test computed, in the same shape, so one toEqual gives a readable diff. Minutes are compared to
 * a millionth of a minute (data-values are exact minutes; the test sums the same milliseconds).
 */
import type { ExpectedWeek, Figures } from './expected';
import type { Cell } from './page';
import { cellDuration, everyCell } from './words';

export interface RowView {
  state: string;
  work: string;
  workText: string;
  focus: string;
  focusText: string;
  reached: string;
  held: string;
  peeks: string;
  longest: string;
  longestText: string;
  everyWork: string;
  everyWorkText: string;
  everyWorkRate: string;
  everyFocus: string;
  everyFocusText: string;
  everyFocusRate: string;
}

/** Exact minutes as a comparable text: six decimals, "" for none. */
const minutes = (m: number | null | undefined) => (m === null || m === undefined ? '' : m.toFixed(6));
const shownMinutes = (v: string | null) => (v === null || v === '' ? '' : Number(v).toFixed(6));

const BLANK: RowView = {
  state: 'blank',
  work: '',
  workText: '',
  focus: '',
  focusText: '',
  reached: '',
  held: '',
  peeks: '',
  longest: '',
  longestText: '',
  everyWork: '',
  everyWorkText: '',
  everyWorkRate: '',
  everyFocus: '',
  everyFocusText: '',
  everyFocusRate: '',
};

export function expectedRow(f: Figures | null, blank: 'future' | 'before' | null = null): RowView {
  if (!f) return { ...BLANK, workText: blank === 'before' ? 'Before your history' : '' };
  const work = everyCell(f);
  const focus = everyCell(f.focus);
  return {
    state: 'shown',
    work: minutes(f.minutes),
    workText: cellDuration(f.minutes),
    focus: minutes(f.focus.minutes),
    focusText: cellDuration(f.focus.minutes),
    reached: String(f.reached),
    held: String(f.held),
    peeks: String(f.peeks),
    longest: minutes(f.longest),
    longestText: f.longest === null ? '—' : cellDuration(f.longest),
    everyWork: minutes(f.mean),
    everyWorkText: work.text,
    everyWorkRate: work.rate,
    everyFocus: minutes(f.focus.mean),
    everyFocusText: focus.text,
    everyFocusRate: focus.rate,
  };
}

export function shownRow(cells: Map<string, Cell>, prefix: string): RowView {
  const cell = (field: string): Cell =>
    cells.get(`${prefix}-${field}`) ?? { text: `(no ${prefix}-${field})`, value: null, rate: null, state: null };
  const state = cells.get(prefix)?.state;
  if (state === 'blank') {
    // A blank row has no figure at all; its first cell may say why (a day before the history).
    const fields = ['work', 'focus', 'reached', 'held', 'peeks', 'longest', 'every-work', 'every-focus'];
    const empty = fields.every((f) => cell(f).value === '' && (f === 'work' || cell(f).text === ''));
    return empty ? { ...BLANK, workText: cell('work').text } : { ...BLANK, state: 'blank but not empty' };
  }
  return {
    state: state ?? '(no row)',
    work: shownMinutes(cell('work').value),
    workText: cell('work').text,
    focus: shownMinutes(cell('focus').value),
    focusText: cell('focus').text,
    reached: cell('reached').text,
    held: cell('held').text,
    peeks: cell('peeks').text,
    longest: shownMinutes(cell('longest').value),
    longestText: cell('longest').text,
    everyWork: shownMinutes(cell('every-work').value),
    everyWorkText: cell('every-work').text,
    everyWorkRate: cell('every-work').rate ?? '',
    everyFocus: shownMinutes(cell('every-focus').value),
    everyFocusText: cell('every-focus').text,
    everyFocusRate: cell('every-focus').rate ?? '',
  };
}

export interface WeekView {
  days: Record<string, RowView>;
  total: RowView;
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
    days: Object.fromEntries(week.dates.map((date, i) => [date, expectedRow(week.days[i] ?? null, week.blank[i])])),
    total: expectedRow(week.total),
    heat,
  };
}

/** The week as the page shows it, for the dates the test expects (a missing row reads as "(no …)"). */
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
    heat,
  };
}
