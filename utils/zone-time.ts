/**
 * Calendar arithmetic in a time zone with Intl alone: what the report's path needs of luxon (utils/week.ts,
 * entrypoints/report/week-url.ts, utils/wall-clock.ts), without loading luxon's ~70 KB into the page.
 * Every function gives exactly luxon's result (3.7, src/datetime.js and src/zones/IANAZone.js): the same
 * offsets from the same Intl call, the same guess-and-check from a wall-clock time to an instant
 * (luxon's fixOffset), so a midnight that does not exist or occurs twice resolves as luxon resolves it.
 * tests/zone-time.test.ts compares them with luxon over random instants, zones and DST edges. Pure.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** How luxon reads an instant's offset in an IANA zone: the same formatter, so the same answer. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let dtf = formatters.get(zone);
  if (dtf === undefined) {
    try {
      dtf = new Intl.DateTimeFormat('en-US', {
        hour12: false,
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      });
      dtf.format(); // luxon's validity check (IANAZone.isValidZone)
    } catch {
      dtf = null;
    }
    formatters.set(zone, dtf);
  }
  return dtf;
}

/** True for a zone name Intl knows (luxon's IANAZone.isValidZone). */
export function isIanaZone(zone: string): boolean {
  return !!zone && formatterOf(zone) !== null;
}

/** Epoch ms of a proleptic Gregorian wall-clock time read as UTC (luxon's objToLocalTS). */
function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100 && year >= 0) d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** UTC offset in minutes of an IANA zone at `ms`; NaN for an unknown zone (luxon's IANAZone#offset). */
export function ianaOffset(zone: string, ms: number): number {
  const dtf = formatterOf(zone);
  const date = new Date(ms);
  if (!dtf || Number.isNaN(date.getTime())) return Number.NaN;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const { type, value } of dtf.formatToParts(date)) {
    if (type === 'era') bc = value === 'BC';
    else if (type === 'year') year = Number.parseInt(value, 10);
    else if (type === 'month') month = Number.parseInt(value, 10);
    else if (type === 'day') day = Number.parseInt(value, 10);
    else if (type === 'hour') hour = Number.parseInt(value, 10);
    else if (type === 'minute') minute = Number.parseInt(value, 10);
    else if (type === 'second') second = Number.parseInt(value, 10);
  }
  if (bc) year = -Math.abs(year) + 1;
  // hour12: false can say 24 for midnight (Chromium issue 1025564, as luxon notes).
  const asUtc = wallMs(year, month, day, hour === 24 ? 0 : hour, minute, second, 0);
  let whole = date.getTime();
  const over = whole % 1000;
  whole -= over >= 0 ? over : 1000 + over;
  return (asUtc - whole) / MINUTE;
}

/** A zone as luxon reads a zone name (normalizeZone): an offset function, or null when it is unknown. */
type OffsetOf = (ms: number) => number;

const zones = new Map<string, OffsetOf | null>();

function offsetFunction(zone: string): OffsetOf | null {
  let found = zones.get(zone);
  if (found !== undefined) return found;
  const lower = zone.toLowerCase();
  const fixed = /^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i.exec(lower);
  if (lower === 'local' || lower === 'system' || lower === 'default') {
    found = (ms) => -new Date(ms).getTimezoneOffset();
  } else if (lower === 'utc' || lower === 'gmt') {
    found = () => 0;
  } else if (fixed) {
    const hours = Number.parseInt(fixed[1] ?? '', 10);
    const h = Number.isNaN(hours) ? 0 : hours;
    const m = Number.parseInt(fixed[2] ?? '', 10) || 0;
    const minutes = h * 60 + (h < 0 || Object.is(h, -0) ? -m : m);
    found = () => minutes;
  } else {
    found = isIanaZone(zone) ? (ms) => ianaOffset(zone, ms) : null;
  }
  zones.set(zone, found);
  return found;
}

const utc: OffsetOf = () => 0;

/** The zone to compute in: `zone`, or UTC when it is unknown (utils/week.ts: no figure ever becomes NaN). */
function zoneOrUtc(zone: string): OffsetOf {
  return offsetFunction(zone) ?? utc;
}

/**
 * The instant of wall-clock time `local` (ms read as UTC), guessing offset `guess` first: luxon's
 * fixOffset. A time that occurs twice is the one with the guessed offset when it has one; a time in a
 * gap is read with the smaller of the two offsets around it.
 */
function fixOffset(local: number, guess: number, offsetOf: OffsetOf): number {
  let utcGuess = local - guess * MINUTE;
  const o2 = offsetOf(utcGuess);
  if (guess === o2) return utcGuess;
  utcGuess -= (o2 - guess) * MINUTE;
  const o3 = offsetOf(utcGuess);
  if (o2 === o3) return utcGuess;
  return local - Math.min(o2, o3) * MINUTE;
}

/** Wall-clock fields of an instant in a zone. */
export interface LocalTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  /** ISO: 1 Monday … 7 Sunday. */
  weekday: number;
  /** UTC offset in minutes. */
  offset: number;
}

/** `ms`'s wall-clock fields in `zone` (an unknown zone reads as UTC). */
export function localTime(ms: number, zone: string): LocalTime {
  const offset = zoneOrUtc(zone)(ms);
  const d = new Date(ms + offset * MINUTE);
  const js = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    weekday: js === 0 ? 7 : js,
    offset,
  };
}

/** UTC offset in minutes of `zone` at `ms` (an unknown zone reads as UTC). */
export function offsetIn(ms: number, zone: string): number {
  return zoneOrUtc(zone)(ms);
}

/**
 * The instant `days` calendar days from `ms` at the same wall-clock time, then (with `midnight`) at
 * the start of that day: luxon's `plus({ days })` and `startOf('day')`, each resolved as luxon does.
 */
function shift(ms: number, days: number, midnight: boolean, offsetOf: OffsetOf): number {
  if (!Number.isFinite(ms)) return Number.NaN;
  const offset = offsetOf(ms);
  const d = new Date(ms + offset * MINUTE);
  const date = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
  const time = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()] as const;
  let at = ms;
  if (days !== 0) at = fixOffset(wallMs(date[0], date[1], date[2] + days, ...time), offset, offsetOf);
  if (!midnight) return at;
  if (days === 0) return fixOffset(wallMs(...date), offset, offsetOf);
  // startOf('day') of the shifted instant: its own date and offset, as a second luxon step would read them.
  const o = offsetOf(at);
  const e = new Date(at + o * MINUTE);
  return fixOffset(wallMs(e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate()), o, offsetOf);
}

/** The local midnight starting the day of `ms` (luxon `zoned(ms, zone).startOf('day')`). */
export function startOfDay(ms: number, zone: string): number {
  return shift(ms, 0, true, zoneOrUtc(zone));
}

/** `days` calendar days from `ms`, same wall-clock time (luxon `plus({ days })`; weeks are 7 days). */
export function plusDays(ms: number, days: number, zone: string): number {
  return shift(ms, days, false, zoneOrUtc(zone));
}

/** The local midnight `days` calendar days from the day of `ms` (luxon `plus({ days }).startOf('day')`). */
export function plusDaysStartOfDay(ms: number, days: number, zone: string): number {
  return shift(ms, days, true, zoneOrUtc(zone));
}

const pad = (n: number, width: number) =>
  n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0');

/** yyyy-MM-dd of `ms` in `zone`, in ASCII digits (luxon `toFormat('yyyy-MM-dd')` in an en locale). */
export function isoDate(ms: number, zone: string): string {
  const t = localTime(ms, zone);
  return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
}

const daysInMonth = (year: number, month: number) => new Date(wallMs(year, month + 1, 1) - DAY).getUTCDate();

/**
 * The local midnight starting the calendar date `yyyy-MM-dd` in `zone`, or null for a date that is
 * not one or a zone that is unknown (luxon `DateTime.fromISO(date, { zone })`, which guesses the
 * offset in force at `guessAt`, luxon's clock, first).
 */
export function midnightOfDate(date: string, zone: string, guessAt: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const offsetOf = offsetFunction(zone);
  if (!m || !offsetOf) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return fixOffset(wallMs(year, month, day), offsetOf(guessAt), offsetOf);
}
