/**
 * From stored records to the input of workdayFigures. Pure; the clock is an argument. Kept apart from
 * utils/workday.ts so the definition itself has no luxon and no record types in it.
 */
import type { AwaySpan } from './db';
import type { FocusBlock, Interruption, ScheduleRule } from './model';
import { focusWindows } from './schedule';
import { type Span, type WorkdayEventKind, type WorkdayFigures, workdayFigures } from './workday';

/** The working-hours intervals over [from, to), exactly as a schedule with these rules would run. */
export function workSpans(workHours: ScheduleRule[], from: number, to: number, localZone: string): Span[] {
  if (!(to > from) || workHours.length === 0) return [];
  return focusWindows({ format: 'heads-down-schedule', version: 1, rules: workHours }, from, to, localZone);
}

/** What guarded: a block's real end once over, its planned end while running, never past now. */
export function focusSpans(blocks: readonly FocusBlock[], now: number): Span[] {
  return blocks.map((b) => ({ start: b.start, end: Math.min(b.endedAt ?? b.end, now) }));
}

export function eventKind(kind: Interruption['kind']): WorkdayEventKind {
  return kind === 'held' ? 'held' : kind === 'peek' ? 'peek' : 'reached';
}

export function eventsOf(
  interruptions: ReadonlyArray<Pick<Interruption, 'at' | 'kind'>>,
): Array<{ at: number; kind: WorkdayEventKind }> {
  return interruptions.map((r) => ({ at: r.at, kind: eventKind(r.kind) }));
}

export interface WorkdayRecords {
  interruptions: ReadonlyArray<Pick<Interruption, 'at' | 'kind'>>;
  blocks: readonly FocusBlock[];
  away: readonly AwaySpan[];
}

/** Figures for [from, to) up to `now` at work (working hours in `localZone`). */
export function figuresAtWork(
  records: WorkdayRecords,
  workHours: ScheduleRule[],
  from: number,
  to: number,
  localZone: string,
  now: number,
): WorkdayFigures {
  const toMs = Math.max(from, Math.min(to, now));
  return figuresOverWork(records, workSpans(workHours, from, toMs, localZone), from, to, now);
}

/**
 * figuresAtWork with the working-hours intervals already expanded (workSpans) over any range that
 * holds [from, to): only their part inside [from, to) counts, and a wider expansion has the same
 * part there (every block that can reach into it begins within its eight days of look-around). The
 * report expands a week's working hours once for its seven days and the week, instead of eight
 * times: each expansion asks Intl for the zone's offsets a few dozen times, and a trace of the report
 * with a year of history put 16 of the 22 ms of building the shown week there.
 */
export function figuresOverWork(
  records: WorkdayRecords,
  work: Span[],
  from: number,
  to: number,
  now: number,
): WorkdayFigures {
  const toMs = Math.max(from, Math.min(to, now));
  return workdayFigures({
    fromMs: from,
    toMs,
    work,
    away: [...records.away],
    focus: focusSpans(records.blocks, now),
    // Only [from, toMs) can count (every span measured lies in it); the report passes two weeks of
    // events for each of its days, so the rest is left out before they are copied and sorted.
    events: eventsOf(records.interruptions.filter((r) => r.at >= from && r.at < toMs)),
  });
}

/** Figures for one block so far: its own time (minus away) is the time measured, at work or not. */
export function figuresOfBlock(records: WorkdayRecords, block: FocusBlock, now: number): WorkdayFigures {
  const [span] = focusSpans([block], now);
  const time = span && span.end > span.start ? [span] : [];
  return workdayFigures({
    fromMs: block.start,
    toMs: Math.max(block.start, now),
    work: time,
    away: [...records.away],
    focus: time,
    events: eventsOf(records.interruptions),
  });
}
