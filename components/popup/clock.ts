/** Time display for the popup: clock faces and Intl-formatted times (no luxon: the popup must stay light). */
import { uiLocale } from '@/utils/browser-i18n';

/** Remaining time as a clock face ("24:59", "1:05:09"), rounded up so it reads 0:00 only at the end. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The wall-clock time of `ms` in the person's zone ("11:30", or "11:30 AM" where that is the custom). */
export function formatClock(ms: number, locale: string = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** When something happened: the time today ("11:30"), with the date on any other day ("1 Dec, 11:30"). */
export function formatWhen(ms: number, now: number, locale: string = uiLocale()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatClock(ms, locale);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(
    ms,
  );
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

function dayAndTime(ms: number, now: number, locale: string): Intl.DateTimeFormat {
  // Within a week the weekday is unambiguous; further out the date is needed too.
  const far = Math.abs(ms - now) >= WEEK_MS - 3600 * 1000;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    ...(far ? { day: 'numeric', month: 'short' } : {}),
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** A moment with its weekday ("Wed 09:00"), the date added when it is a week or more away. */
export function formatMoment(ms: number, now: number, locale: string = uiLocale()): string {
  return dayAndTime(ms, now, locale).format(ms);
}

/** A window such as "Tue 09:00 – 11:00" (the weekday repeats only when it crosses midnight). */
export function formatWindow(start: number, end: number, now: number, locale: string = uiLocale()): string {
  // formatRange: Chrome 76+, Firefox 91+, both below the extension's minimum versions.
  return dayAndTime(start, now, locale).formatRange(start, end);
}

/** `ms` as the value of an `<input type="datetime-local">` in the person's zone ("2025-03-04T09:00"). */
export function toLocalInputValue(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Epoch ms of a datetime-local value, read as local wall-clock time; null when empty or malformed. */
export function parseLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // A date-time string without an offset is local time (ECMA-262 Date Time String Format).
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}
