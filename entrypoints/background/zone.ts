/** The person's time zone as the browser reports it now. */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** UTC offset in minutes at `at` in the current zone (east positive, e.g. 60 for CET). */
export function offsetMinutes(at: number): number {
  return -new Date(at).getTimezoneOffset();
}
