/** A luxon time in a zone, for code that needs more of luxon than utils/zone-time.ts gives (never the report's first paint). */
import { DateTime } from 'luxon';

/** A luxon time in `zone`; an unknown zone falls back to UTC so no figure ever becomes NaN. */
export function zoned(ms: number, zone: string): DateTime {
  const dt = DateTime.fromMillis(ms, { zone });
  return dt.isValid ? dt : DateTime.fromMillis(ms, { zone: 'utc' });
}
