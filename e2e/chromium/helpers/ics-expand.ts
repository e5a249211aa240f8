/**
 * An independent reading of an exported .ics file: ical.js (a real calendar engine) expands every
 * series with its EXDATEs and RECURRENCE-ID overrides, and the test merges the result itself.
 * Nothing here uses the product's schedule code, so a disagreement with focusWindows is real.
 */
import ICAL from 'ical.js';

export interface Span {
  start: number;
  end: number;
}

/** Sorted union of spans; overlapping or touching spans become one (the product's merge rule). */
export function unionOf(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const top = out[out.length - 1];
    if (top && s.start <= top.end) top.end = Math.max(top.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Parses `text` and returns every event instance that overlaps [fromMs, toMs), whole and unmerged. */
export function expandIcs(text: string, fromMs: number, toMs: number): Span[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Register the file's own VTIMEZONEs, so TZID times are read with the offsets the file declares.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const byUid = new Map<string, { master?: ICAL.Event; exceptions: ICAL.Event[] }>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const entry = byUid.get(event.uid) ?? { exceptions: [] };
    if (vevent.hasProperty('recurrence-id')) entry.exceptions.push(event);
    else entry.master = event;
    byUid.set(event.uid, entry);
  }
  const found: Span[] = [];
  for (const [uid, { master, exceptions }] of byUid) {
    if (!master) throw new Error(`An override without its series: ${uid}`);
    for (const exception of exceptions) master.relateException(exception);
    if (!master.isRecurring()) {
      found.push({ start: master.startDate.toJSDate().getTime(), end: master.endDate.toJSDate().getTime() });
      continue;
    }
    const expansion = master.iterator();
    for (let next = expansion.next(); next; next = expansion.next()) {
      const details = master.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate().getTime();
      const end = details.endDate.toJSDate().getTime();
      // A recurrence id is the nominal start; an override may move it by hours, never by days.
      if (next.toJSDate().getTime() >= toMs + 2 * 86_400_000) break;
      if (start < toMs && end > fromMs) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Epoch ms of the next `count` instants after `fromMs` at which `zone`'s UTC offset changes (DST). */
export function nextOffsetChanges(zone: string, fromMs: number, count: number): number[] {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const minute = 60_000;
  // The zone's wall clock read as UTC, minus the instant, is the offset.
  const offsetAt = (ms: number) => {
    const parts = format.formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return wall - Math.floor(ms / minute) * minute;
  };
  const changes: number[] = [];
  const day = 86_400_000;
  let t = Math.floor(fromMs / minute) * minute;
  while (changes.length < count && t < fromMs + 3 * 366 * day) {
    if (offsetAt(t + day) !== offsetAt(t)) {
      // Zones change at most once a day: bisect to the first minute of the new offset.
      let lo = t;
      let hi = t + day;
      while (hi - lo > minute) {
        const mid = lo + Math.floor((hi - lo) / 2 / minute) * minute;
        if (offsetAt(mid) === offsetAt(t)) lo = mid;
        else hi = mid;
      }
      changes.push(hi);
    }
    t += day;
  }
  return changes;
}
