/** When a long block releases what it held early (batch windows). Pure. */
import { DateTime } from 'luxon';

/**
 * The first batch-window time after `after` and before the block's end, or null.
 * Windows are wall-clock "HH:MM" in `zone`, every day; a time that does not exist on a DST day is
 * skipped that day (luxon moves it forward, which lands after the gap and is still a fine moment).
 */
export function nextBatchRelease(
  after: number,
  block: { start: number; end: number },
  windows: string[],
  zone: string,
): number | null {
  let best: number | null = null;
  const firstDay = DateTime.fromMillis(after, { zone }).startOf('day');
  for (let d = 0; d <= 2; d++) {
    const day = firstDay.plus({ days: d });
    for (const hhmm of windows) {
      const [h, m] = hhmm.split(':').map(Number);
      if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) continue;
      const at = day.set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis();
      if (at > after && at > block.start && at < block.end && (best === null || at < best)) best = at;
    }
  }
  return best;
}
