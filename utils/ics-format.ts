/**
 * iCalendar (RFC 5545) text building blocks: value formats, line folding, and VTIMEZONE
 * components generated from the zone offsets luxon/Intl report.
 */
import type { ZoneOffsets } from './wall-clock';

const MINUTE = 60_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "local ms" (a wall time read as UTC) → "YYYYMMDDTHHMMSS" without zone. */
export function localStamp(localMs: number): string {
  const d = new Date(localMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** An instant as a UTC DATE-TIME ("…Z"). */
export function utcStamp(ms: number): string {
  return `${localStamp(ms)}Z`;
}

/** A UTC offset in minutes as "+HHMM" / "-HHMM" (UTC-OFFSET value). */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A VTIMEZONE with one RRULE-free observance per offset change in [fromMs, toMs), plus a base
 * observance from 1970 holding the offset in force at `fromMs`. RRULE-free because real zones
 * change their rules (São Paulo dropped DST in 2019); listing actual changes is always right.
 */
export function vtimezoneLines(zone: string, offsets: ZoneOffsets, fromMs: number, toMs: number): string[] {
  const changes = offsets.transitions.filter((t) => t.at >= fromMs && t.at < toMs);
  const base = offsets.offsetAt(fromMs);
  const first = changes[0];
  const baseKind = first && first.after < first.before ? 'DAYLIGHT' : 'STANDARD';
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: string, start: string, from: number, to: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  observance(baseKind, '19700101T000000', base, base);
  for (const t of changes) {
    // DTSTART of an observance is the local time of the change, read in the offset before it.
    observance(t.after > t.before ? 'DAYLIGHT' : 'STANDARD', localStamp(t.at + t.before * MINUTE), t.before, t.after);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
