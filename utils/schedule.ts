/**
 * Weekly focus schedule → concrete windows (epoch ms). Pure; time-zone offsets via luxon.
 * Semantics (README, 'Using it'; RFC 5545): `days` are the days a block starts on, in the rule's zone; an end
 * not after the start ends the next day (so start === end is a 24-hour block, which the file
 * validator rejects anyway); gaps and overlaps follow utils/wall-clock.ts.
 */
import type { ScheduleFile, ScheduleRule, Weekday } from './model';
import { isValidZone, type WallKind, ZoneOffsets } from './wall-clock';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface EpochSpan {
  start: number;
  end: number;
}

/** One concrete block of one rule. `day` is the civil day (days since 1970-01-01) it starts on. */
export interface Occurrence extends EpochSpan {
  day: number;
  startKind: WallKind;
  endKind: WallKind;
}

/** Index = JS getUTCDay() of a civil day. */
export const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Windows can chain across a whole week, and one block lasts at most a day and an hour. */
const LOOK_AROUND = 8 * DAY;

/** "HH:MM" (00:00–23:59) → minutes after midnight, or null. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The IANA zone a rule's times are in. */
export function ruleZone(rule: ScheduleRule, localZone: string): string {
  return rule.zone === 'local' ? localZone : rule.zone;
}

/** Weekday of a civil day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return WEEKDAYS_FROM_SUNDAY[(((day + 4) % 7) + 7) % 7]!;
}

/** Nominal length of a rule in minutes, from its wall-clock times (1–1440). */
export function nominalMinutes(startMin: number, endMin: number): number {
  return endMin > startMin ? endMin - startMin : endMin + 1440 - startMin;
}

/**
 * Blocks of `rule` whose start lies in [fromMs, toMs), in start order. Empty blocks (a start moved
 * by a gap past its end) are dropped unless `keepEmpty`. Invalid times yield nothing.
 */
export function ruleOccurrences(
  rule: ScheduleRule,
  offsets: ZoneOffsets,
  fromMs: number,
  toMs: number,
  keepEmpty = false,
): Occurrence[] {
  const startMin = parseClock(rule.start);
  const endMin = parseClock(rule.end);
  if (startMin === null || endMin === null || !Array.isArray(rule.days)) return [];
  const days = new Set<string>(rule.days);
  const endDayShift = endMin > startMin ? 0 : 1;
  const out: Occurrence[] = [];
  const last = offsets.civilDay(toMs) + 1;
  for (let day = offsets.civilDay(fromMs) - 1; day <= last; day++) {
    if (!days.has(weekdayOf(day))) continue;
    const s = offsets.resolve(day * DAY + startMin * MINUTE);
    if (s.ms < fromMs || s.ms >= toMs) continue;
    const e = offsets.resolve((day + endDayShift) * DAY + endMin * MINUTE);
    if (e.ms <= s.ms && !keepEmpty) continue;
    out.push({ start: s.ms, end: e.ms, day, startKind: s.kind, endKind: e.kind });
  }
  return out;
}

/** Sorts and merges intervals that overlap or touch. Does not modify the input. */
export function mergeIntervals<T extends EpochSpan>(list: readonly T[]): EpochSpan[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: EpochSpan[] = [];
  for (const w of sorted) {
    const top = out[out.length - 1];
    if (top && w.start <= top.end) top.end = Math.max(top.end, w.end);
    else out.push({ start: w.start, end: w.end });
  }
  return out;
}

/**
 * Every merged schedule window that overlaps [fromMs, toMs), whole, sorted. Rules with an invalid
 * zone or time are skipped (the file validator rejects them). A schedule with no gap in a whole
 * week yields a window cut at about eight days beyond the range, since it never really ends.
 */
export function focusWindows(schedule: ScheduleFile, fromMs: number, toMs: number, localZone: string): EpochSpan[] {
  if (!(toMs > fromMs)) return [];
  const genFrom = fromMs - LOOK_AROUND;
  const genTo = toMs + LOOK_AROUND;
  const zones = new Map<string, ZoneOffsets>();
  const all: EpochSpan[] = [];
  for (const rule of schedule.rules) {
    const zone = ruleZone(rule, localZone);
    if (typeof zone !== 'string' || !isValidZone(zone)) continue;
    let offsets = zones.get(zone);
    if (!offsets) {
      offsets = new ZoneOffsets(zone, genFrom - 2 * DAY, genTo + 2 * DAY);
      zones.set(zone, offsets);
    }
    all.push(...ruleOccurrences(rule, offsets, genFrom, genTo));
  }
  return mergeIntervals(all).filter((w) => w.end > fromMs && w.start < toMs);
}
