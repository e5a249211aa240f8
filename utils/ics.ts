/**
 * The weekly schedule as an iCalendar file (RFC 5545): one weekly VEVENT per rule, VTIMEZONEs for
 * every zone used, and per-instance overrides for the blocks that daylight saving bends.
 *
 * Why overrides: an RRULE gives every instance the exact duration of the first (RFC 5545
 * §3.8.5.3), and calendar engines differ on gap/overlap times (ical.js maps an ambiguous time to
 * its second occurrence). Our blocks end at their wall-clock end, so every instance whose start or
 * end is in a gap or overlap, or whose length differs from the nominal one, is written out with a
 * RECURRENCE-ID and unambiguous UTC times. That keeps any RFC reader in step with the extension.
 */

import { escapeText, foldLine, localStamp, utcStamp, vtimezoneLines } from './ics-format';
import type { ScheduleFile, ScheduleRule } from './model';
import { nominalMinutes, type Occurrence, parseClock, ruleOccurrences, ruleZone, weekdayOf } from './schedule';
import { isValidZone, ZoneOffsets } from './wall-clock';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Overrides and VTIMEZONE observances are written up to the end of this many years after now. */
const HORIZON_YEARS = 5;
const BYDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const WEEK_ORDER = Object.keys(BYDAY);

/** A short stable hash (FNV-1a) so a rule keeps its UID across exports. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The UID of rule `index`: the same rule at the same position always gets the same UID. */
export function ruleUid(rule: ScheduleRule, index: number): string {
  return `${hash(JSON.stringify([index, rule.days, rule.start, rule.end, rule.zone]))}-${index + 1}@heads-down`;
}

interface RuleContext {
  rule: ScheduleRule;
  index: number;
  zone: string;
  offsets: ZoneOffsets;
  nowMs: number;
  horizonEnd: number;
  /** The events' title, in the person's language (options_icsSummary). */
  summary: string;
}

/**
 * The instances that matter for the export: the two weeks around its start (for the anchor) and
 * those within two days of an offset change (only those can be bent by DST). Sorted by day.
 */
function nearbyOccurrences(c: RuleContext, weekStart: number): Occurrence[] {
  const ranges: Array<[number, number]> = [[(weekStart - 9) * DAY, (weekStart + 8) * DAY]];
  for (const t of c.offsets.transitions) {
    if (t.at >= weekStart * DAY - DAY && t.at < c.horizonEnd) ranges.push([t.at - 2 * DAY, t.at + 2 * DAY]);
  }
  const byDay = new Map<number, Occurrence>();
  for (const [from, to] of ranges) {
    for (const o of ruleOccurrences(c.rule, c.offsets, from, Math.min(to, c.horizonEnd), true)) byDay.set(o.day, o);
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

function ruleEventLines(c: RuleContext, dtstamp: string): string[] {
  const startMin = parseClock(c.rule.start);
  const endMin = parseClock(c.rule.end);
  if (startMin === null || endMin === null || c.rule.days.length === 0) return [];
  const nominal = nominalMinutes(startMin, endMin) * MINUTE;
  const regular = (o: Occurrence) => o.startKind === 'exact' && o.endKind === 'exact' && o.end - o.start === nominal;
  const today = c.offsets.civilDay(c.nowMs);
  const weekStart = today - WEEK_ORDER.indexOf(weekdayOf(today));
  const occurrences = nearbyOccurrences(c, weekStart);
  const current = occurrences.filter((o) => o.day >= weekStart);
  const previous = occurrences.filter((o) => o.day >= weekStart - 7 && o.day < weekStart);
  let anchor = current[0];
  if (!anchor) return [];
  // The series' first instance sets the duration of all; if DST bends it, start a week earlier
  // (an ordinary week) and exclude that week's instances.
  let excluded: Occurrence[] = [];
  if (!regular(anchor) && previous[0] && regular(previous[0])) {
    anchor = previous[0];
    excluded = previous;
  }
  const tz = `;TZID=${c.zone}`;
  const wall = (day: number, minutes: number) => localStamp(day * DAY + minutes * MINUTE);
  const endDay = anchor.day + (endMin > startMin ? 0 : 1);
  const overrides = current.filter((o) => o !== anchor && !regular(o));
  excluded.push(...overrides.filter((o) => o.end <= o.start));
  const common = [`UID:${ruleUid(c.rule, c.index)}`, `DTSTAMP:${dtstamp}`];
  const body = [`SUMMARY:${escapeText(c.summary)}`, 'TRANSP:OPAQUE'];
  const days = WEEK_ORDER.filter((d) => c.rule.days.includes(d as ScheduleRule['days'][number]));
  const lines = [
    'BEGIN:VEVENT',
    ...common,
    `DTSTART${tz}:${wall(anchor.day, startMin)}`,
    `DTEND${tz}:${wall(endDay, endMin)}`,
    `RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=${days.map((d) => BYDAY[d]).join(',')}`,
    ...excluded.map((o) => `EXDATE${tz}:${wall(o.day, startMin)}`),
    ...body,
    'END:VEVENT',
  ];
  for (const o of overrides) {
    if (o.end <= o.start) continue;
    lines.push(
      'BEGIN:VEVENT',
      ...common,
      `RECURRENCE-ID${tz}:${wall(o.day, startMin)}`,
      `DTSTART:${utcStamp(o.start)}`,
      `DTEND:${utcStamp(o.end)}`,
      ...body,
      'END:VEVENT',
    );
  }
  return lines;
}

/**
 * The schedule as an iCalendar file, series starting in the week (Monday-based, rule zone) of
 * `nowMs`. A 'local' rule is written in `localZone`: calendars have no "wherever I am" zone.
 */
export function scheduleToIcs(file: ScheduleFile, localZone: string, nowMs: number, summary: string): string {
  const horizonEnd = Date.UTC(new Date(nowMs).getUTCFullYear() + HORIZON_YEARS + 1, 0, 1);
  const tzFrom = nowMs - 20 * DAY;
  const zones = new Map<string, ZoneOffsets>();
  const events: string[] = [];
  const dtstamp = utcStamp(Math.floor(nowMs / 1000) * 1000);
  file.rules.forEach((rule, index) => {
    const zone = ruleZone(rule, localZone);
    if (!isValidZone(zone)) return;
    let offsets = zones.get(zone);
    if (!offsets) {
      offsets = new ZoneOffsets(zone, tzFrom - 2 * DAY, horizonEnd + 2 * DAY);
      zones.set(zone, offsets);
    }
    events.push(...ruleEventLines({ rule, index, zone, offsets, nowMs, horizonEnd, summary }, dtstamp));
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Heads Down//Focus schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones].flatMap(([zone, offsets]) => vtimezoneLines(zone, offsets, tzFrom, horizonEnd + DAY)),
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
