/**
 * The week as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled). Two tables separated by an empty line: one row per day plus a total row, then one row
 * per app. Pure.
 */
import { appById } from './apps';
import type { WeekReport } from './week';
import type { WorkdayFigures } from './workday';

/** Minutes are exact figures rounded to one decimal; a blank day (future, before the history) has empty cells. */
export const DAY_HEADER = [
  'date',
  'at_work_minutes',
  'focus_minutes',
  'reached',
  'held',
  'peeks',
  'longest_stretch_minutes',
  'mean_stretch_at_work_minutes',
  'mean_stretch_in_focus_minutes',
  'focus_reached',
  'focus_held',
  'focus_peeks',
  'longest_focus_stretch_minutes',
] as const;

export const APP_HEADER = ['app_id', 'app', 'held', 'reached', 'breakthroughs', 'peeks', 'messages'] as const;

/** The name a person knows an app by: the catalog name, or the host of a custom site. */
export function reportAppName(appId: string): string {
  const known = appById(appId);
  if (known) return known.name;
  if (appId.startsWith('custom:')) {
    try {
      return new URL(appId.slice('custom:'.length)).host;
    } catch {
      // Fall through: show the id as recorded.
    }
  }
  return appId;
}

/** One CSV field, quoted when RFC 4180 needs it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A text cell starting with = + - @ is run as a formula by spreadsheets (CSV injection): keep it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: Array<string | number | null>) => fields.map(csvField).join(',');
/** Minutes with one decimal, so a spreadsheet sums them without rounding surprises. */
const minutes = (m: number | null) => (m === null || !Number.isFinite(m) ? null : Math.round(m * 10) / 10);

/** One day's (or the week's) figures in DAY_HEADER order after the label; all empty when blank. */
export function figureCells(f: WorkdayFigures | null): Array<number | null> {
  if (!f) return DAY_HEADER.slice(1).map(() => null);
  return [
    minutes(f.presentMinutes),
    minutes(f.focus.minutes),
    f.reached,
    f.held,
    f.peeks,
    minutes(f.longestStretchMinutes),
    minutes(f.meanStretchMinutes),
    minutes(f.focus.meanStretchMinutes),
    f.focus.reached,
    f.focus.held,
    f.focus.peeks,
    minutes(f.focus.longestStretchMinutes),
  ];
}

/** The week as CSV text. */
export function weekToCsv(week: WeekReport, appName: (appId: string) => string = reportAppName): string {
  const lines = [
    row([...DAY_HEADER]),
    ...week.days.map((day) => row([day.date, ...figureCells(day.work)])),
    row(['total', ...figureCells(week.total)]),
    '',
    row([...APP_HEADER]),
    ...week.perApp.map((a) =>
      row([a.appId, appName(a.appId), a.held, a.reached, a.breakthroughs, a.peeks, a.messages]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The week's figures for the JSON export, beside its records: exact minutes, nothing rounded. */
export function weekFiguresJson(week: WeekReport): Record<string, unknown> {
  return {
    start: week.start,
    end: week.end,
    zone: week.zone,
    days: week.days.map((d) => ({ date: d.date, state: d.state, figures: d.work })),
    total: week.total,
  };
}
