/**
 * How the report words figures, written out from the issue's examples ("1 h 52 min", "10× the
 * baseline", "Tuesday 14:00–16:00 was the quietest"), so the test can check texts as well as raw
 * data-values.
 */
import type { AppRow, ExpectedWeek, Figures } from './expected';

export const BASELINE_MS = 11 * 60_000;

/** The names people know the seeded apps by. */
export const APP_NAMES: Record<string, string> = {
  gmail: 'Gmail',
  slack: 'Slack',
  discord: 'Discord',
  whatsapp: 'WhatsApp',
  teams: 'Microsoft Teams',
  'custom:https://chat.example.org': 'chat.example.org',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "0 min", "47 min", "2 h", "1 h 52 min", to the nearest minute. */
export function duration(ms: number): string {
  const total = ms > 0 ? Math.round(ms / 60_000) : 0;
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  return total % 60 === 0 ? `${h} h` : `${h} h ${total % 60} min`;
}

/** A gap: seconds when it would round to under a minute. */
export function gap(ms: number): string {
  if (!(ms > 0)) return '0 min';
  return ms < 59_500 ? `${Math.max(1, Math.round(ms / 1000))} s` : duration(ms);
}

/** "0.45×", "3.4×", "3×", "12×". */
export function ratio(r: number): string {
  if (!(r > 0)) return '0×';
  const text = r < 1 ? r.toPrecision(2) : r < 10 ? r.toFixed(1) : String(Math.round(r));
  return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}×`;
}

/** The day table's mean cell. */
export function meanCell(f: Figures): string {
  if (!(f.focusMs > 0)) return 'no focus';
  if (f.meanMs === null) return 'none';
  return `${gap(f.meanMs)} (${ratio(f.meanMs / BASELINE_MS)})`;
}

/** The day table's longest-stretch cell. */
export function longestCell(f: Figures): string {
  return f.focusMs > 0 ? gap(f.longestMs) : '—';
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The summary sentence of a week that has focus time and interruptions (Monday-first weeks). */
export function summary(week: ExpectedWeek): string {
  const t = week.total;
  const parts = [
    `You focused ${duration(t.focusMs)} in ${plural(week.blocks, 'block')}`,
    `${t.held === 0 ? 'no interruptions were' : `${plural(t.held, 'interruption')} ${t.held === 1 ? 'was' : 'were'}`} held and ${t.reached || 'none'} reached you`,
  ];
  if (t.peeks > 0) parts.push(`you peeked ${times(t.peeks)}`);
  const arrivals = (a: AppRow) => a.held + a.reached;
  const top = week.apps.reduce<AppRow | undefined>((b, a) => (!b || arrivals(a) > arrivals(b) ? a : b), undefined);
  if (top && t.held + t.reached > 1) parts.push(`most came from ${APP_NAMES[top.appId] ?? top.appId}`);
  parts.push(`your longest stretch, ${duration(t.longestMs)}, was ${ratio(t.longestMs / BASELINE_MS)} the baseline`);
  if (week.quietest) {
    const { day, hour } = week.quietest;
    parts.push(`${WEEKDAYS[day]} ${hh(hour)}–${hh(hour + 2)} was the quietest`);
  }
  return `${parts.join('; ')}.`;
}
