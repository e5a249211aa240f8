/**
 * Wall-clock time in Europe/Berlin, written out from the EU rule (CET = UTC+1; CEST = UTC+2 from
 * the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC). The report test
 * computes its expected day boundaries with this instead of luxon or Intl, so a zone mistake in the
 * product cannot hide behind the same library in the test.
 */

export const ZONE = 'Europe/Berlin';
const MIN = 60_000;

/** A local calendar date, e.g. "2026-10-25". */
export type DateKey = string;

/** Local wall-clock fields. */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s?: number;
}

function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Berlin's UTC offset in minutes at the instant `ms`. */
export function offsetMin(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  const summer = Date.UTC(y, 2, lastSundayUtc(y, 2), 1);
  const winter = Date.UTC(y, 9, lastSundayUtc(y, 9), 1);
  return ms >= summer && ms < winter ? 120 : 60;
}

/**
 * The instant of a Berlin wall-clock time. In the repeated autumn hour `fold` picks the first
 * (summer time, 0) or second (winter time, 1) occurrence; a time in the spring gap throws.
 */
export function at(w: Wall, fold: 0 | 1 = 0): number {
  const naive = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s ?? 0);
  const real = [naive - 120 * MIN, naive - 60 * MIN].filter((t) => naive - t === offsetMin(t) * MIN);
  const pick = real[Math.min(fold, real.length - 1)];
  if (pick === undefined) throw new Error(`${JSON.stringify(w)} does not exist in ${ZONE}`);
  return pick;
}

/** Local wall-clock fields of an instant. */
export function wall(ms: number): Required<Wall> {
  const shifted = new Date(ms + offsetMin(ms) * MIN);
  return {
    y: shifted.getUTCFullYear(),
    mo: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    h: shifted.getUTCHours(),
    mi: shifted.getUTCMinutes(),
    s: shifted.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date of an instant. */
export function dateKey(ms: number): DateKey {
  const w = wall(ms);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
}

function parts(key: DateKey): [number, number, number] {
  const [y, mo, d] = key.split('-').map(Number);
  return [y ?? 0, mo ?? 0, d ?? 0];
}

/** The calendar date `n` days after `key`. */
export function addDays(key: DateKey, n: number): DateKey {
  const [y, mo, d] = parts(key);
  const t = new Date(Date.UTC(y, mo - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(key: DateKey): number {
  const [y, mo, d] = parts(key);
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

/** The instant of local midnight starting `key` (Berlin changes clocks at 02:00/03:00, never at 00:00). */
export function midnight(key: DateKey): number {
  const [y, mo, d] = parts(key);
  return at({ y, mo, d, h: 0, mi: 0 });
}

/** The first day of the week containing `key`: Monday (firstDay 1) or Sunday (firstDay 7). */
export function weekStartKey(key: DateKey, firstDay: 1 | 7): DateKey {
  const back = firstDay === 1 ? (weekday(key) + 6) % 7 : weekday(key);
  return addDays(key, -back);
}

/** A wall time on a date key: `on('2026-11-16', 9, 30)`. */
export function on(key: DateKey, h: number, mi = 0, s = 0, fold: 0 | 1 = 0): number {
  const [y, mo, d] = parts(key);
  return at({ y, mo, d, h, mi, s }, fold);
}
