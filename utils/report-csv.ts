/**
 * The week as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled). Two tables separated by an empty line: one row per day plus a total row, then one row
 * per app. Pure.
 */
import { appById } from './apps';
import type { WeekReport } from './week';

export const DAY_HEADER = [
  'date',
  'focus_minutes',
  'held',
  'reached',
  'breakthroughs',
  'peeks',
  'messages_held',
  'longest_stretch_minutes',
  'mean_between_minutes',
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
const minutes = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? null : Math.round(ms / 6000) / 10);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The week as CSV text. */
export function weekToCsv(week: WeekReport, appName: (appId: string) => string = reportAppName): string {
  const statsRow = (label: string, s: WeekReport['total']) =>
    row([
      label,
      oneDecimal(s.focusMinutes),
      s.held,
      s.reached,
      s.breakthroughs,
      s.peeks,
      s.messagesHeld,
      minutes(s.longestStretchMs),
      minutes(s.meanBetweenMs),
    ]);
  const lines = [
    row([...DAY_HEADER]),
    ...week.days.map((day) => statsRow(day.date, day.stats)),
    statsRow('total', week.total),
    '',
    row([...APP_HEADER]),
    ...week.perApp.map((a) =>
      row([a.appId, appName(a.appId), a.held, a.reached, a.breakthroughs, a.peeks, a.messages]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
