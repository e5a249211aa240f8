/**
 * The iCalendar export, read back by an independent RFC 5545 engine (ical.js) and compared with
 * focusWindows over half a year that includes daylight-saving changes in several zones.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { scheduleToIcs } from '@/utils/ics';
import { foldLine } from '@/utils/ics-format';
import type { ScheduleFile, ScheduleRule, Weekday } from '@/utils/model';
import { focusWindows, mergeIntervals } from '@/utils/schedule';

const ICS_SUMMARY = 'Focus time, with a comma; and more';

const D = 86_400_000;
const file = (...rules: ScheduleRule[]): ScheduleFile => ({ format: 'heads-down-schedule', version: 1, rules });
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

/** Every block ical.js expands from the file that overlaps [from, to), merged like focusWindows. */
function expand(ics: string, from: number, to: number): Array<{ start: number; end: number }> {
  return mergeIntervals(expandAll(ics, to)).filter((w) => w.end > from && w.start < to);
}

/** Every block ical.js expands from the file, up to a day past `to`, in series order. */
function expandAll(ics: string, to: number): Array<{ start: number; end: number }> {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const vevents = cal.getAllSubcomponents('vevent');
  const spans: Array<{ start: number; end: number }> = [];
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const uid = master.getFirstPropertyValue('uid');
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid);
    const event = new ICAL.Event(master, { exceptions });
    const iterator = event.iterator();
    for (let occ = iterator.next(); occ; occ = iterator.next()) {
      const details = event.getOccurrenceDetails(occ);
      const start = details.startDate.toUnixTime() * 1000;
      const end = details.endDate.toUnixTime() * 1000;
      if (start >= to + D) break;
      spans.push({ start, end });
    }
  }
  return spans;
}

interface Case {
  zone: string;
  days: Weekday[];
  start: string;
  end: string;
  /** A Wednesday: the export is made then; the series starts the Monday before. */
  now: string;
}
const ALL: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CASES: Case[] = [
  {
    zone: 'America/New_York',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '09:00',
    end: '11:00',
    now: '2025-10-22',
  },
  { zone: 'America/New_York', days: ['sat', 'sun'], start: '01:30', end: '03:00', now: '2025-10-22' },
  { zone: 'America/New_York', days: ['sun'], start: '02:30', end: '04:00', now: '2025-10-22' },
  { zone: 'America/New_York', days: ALL, start: '00:00', end: '04:00', now: '2025-10-22' },
  { zone: 'America/New_York', days: ['sun'], start: '00:00', end: '04:00', now: '2025-10-29' }, // first instance bent by DST
  { zone: 'America/New_York', days: ['sat'], start: '22:00', end: '02:30', now: '2026-03-04' },
  { zone: 'Europe/London', days: ['sun'], start: '01:30', end: '02:30', now: '2025-10-22' },
  { zone: 'Europe/London', days: ['sun'], start: '01:30', end: '02:15', now: '2026-03-25' }, // empty on the spring day
  { zone: 'Europe/Berlin', days: ['sat'], start: '23:00', end: '07:00', now: '2025-10-22' },
  { zone: 'Europe/Berlin', days: ['sun'], start: '02:30', end: '05:00', now: '2025-10-22' },
  { zone: 'Australia/Lord_Howe', days: ['sun'], start: '01:45', end: '03:00', now: '2025-09-24' },
  { zone: 'Australia/Lord_Howe', days: ['sun'], start: '02:15', end: '04:00', now: '2025-09-24' },
  { zone: 'Pacific/Chatham', days: ['sun'], start: '03:00', end: '05:00', now: '2025-09-24' },
  { zone: 'Pacific/Chatham', days: ALL, start: '22:30', end: '03:15', now: '2025-09-24' },
  { zone: 'Asia/Kathmandu', days: ALL, start: '09:00', end: '10:00', now: '2025-09-24' },
  { zone: 'America/Sao_Paulo', days: ['sat'], start: '23:30', end: '23:45', now: '2018-02-07' },
  { zone: 'America/Sao_Paulo', days: ['sun'], start: '00:30', end: '02:00', now: '2018-02-07' },
  { zone: 'local', days: ['sun'], start: '01:30', end: '03:00', now: '2025-10-22' },
];

describe('scheduleToIcs read back by ical.js', () => {
  it.each(CASES)('$zone $days $start–$end from $now', (c) => {
    const f = file({ days: c.days, start: c.start, end: c.end, zone: c.zone });
    const now = Date.parse(`${c.now}T12:00:00Z`);
    const ics = scheduleToIcs(f, 'Europe/London', now, ICS_SUMMARY);
    const from = now + 2 * D;
    const to = now + 40 * 7 * D;
    const expected = focusWindows(f, from, to, 'Europe/London');
    expect(expected.length).toBeGreaterThan(30);
    const all = mergeIntervals(expandAll(ics, to));
    expect(all.filter((w) => w.end > from && w.start < to)).toEqual(expected);
    // Nothing from before the week of the export (a series moved back a week excludes that week).
    expect(all[0]!.start).toBeGreaterThan(now - 10 * D);
  });

  it('needs the overrides: without them ical.js puts an ambiguous 01:30 at its second occurrence', () => {
    const f = file({ days: ['sun'], start: '01:30', end: '03:00', zone: 'America/New_York' });
    const now = Date.parse('2025-10-22T12:00:00Z');
    const ics = scheduleToIcs(f, 'UTC', now, ICS_SUMMARY);
    const masterOnly = ics.replace(
      /BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[\s\S])*?RECURRENCE-ID[\s\S]*?END:VEVENT\r\n/g,
      '',
    );
    expect(masterOnly).not.toContain('RECURRENCE-ID');
    const nov2 = Date.UTC(2025, 10, 2);
    const fall = expand(masterOnly, nov2, nov2 + D);
    // 01:30 EST is 06:30Z; the RFC (and focusWindows) say 01:30 EDT, 05:30Z.
    expect(fall[0]!.start).toBe(Date.UTC(2025, 10, 2, 6, 30));
    expect(expand(ics, nov2, nov2 + D)[0]!.start).toBe(Date.UTC(2025, 10, 2, 5, 30));
  });
});

describe('scheduleToIcs text', () => {
  const f = file(
    { days: ['mon', 'wed'], start: '09:00', end: '11:00', zone: 'America/New_York' },
    { days: ['fri'], start: '22:00', end: '01:00', zone: 'local' },
  );
  const now = Date.parse('2025-06-04T12:00:00Z');
  const ics = scheduleToIcs(f, 'Asia/Kolkata', now, ICS_SUMMARY);

  it('uses CRLF line endings and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one weekly event per rule with zoned start and end', () => {
    const text = unfold(ics);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;TZID=America/New_York:20250602T090000');
    expect(text).toContain('DTEND;TZID=America/New_York:20250602T110000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,WE');
    expect(text).toContain('DTSTART;TZID=Asia/Kolkata:20250606T220000');
    expect(text).toContain('DTEND;TZID=Asia/Kolkata:20250607T010000'); // crosses midnight
    // The title the caller words (options_icsSummary), escaped as RFC 5545 §3.3.11 says.
    expect(text).toContain('SUMMARY:Focus time\\, with a comma\\; and more');
    expect(text.match(/TRANSP:OPAQUE/g)).toHaveLength(2);
    expect(text).toContain('DTSTAMP:20250604T120000Z');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
  });

  it('keeps UIDs stable across exports and distinct between rules', () => {
    const uids = (s: string) => [...unfold(s).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    const later = scheduleToIcs(f, 'Asia/Kolkata', now + 30 * D, ICS_SUMMARY);
    expect(uids(later)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(2);
  });

  it('foldLine folds at 75 octets without splitting a character, and unfolds back', () => {
    const long = `SUMMARY:${'é'.repeat(60)}${'x'.repeat(50)}`;
    const folded = foldLine(long);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(long);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });
});
