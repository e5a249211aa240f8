/**
 * Wall-clock time in an IANA zone → instant, with the RFC 5545 rules for gaps and overlaps.
 * Offsets come from Intl (utils/zone-time.ts ianaOffset, luxon's IANAZone#offset without luxon), but
 * every Intl call costs ~8 µs, so a ZoneOffsets scans its range once for transitions and then answers
 * offsets by binary search.
 */
import { ianaOffset, isIanaZone } from './zone-time';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Scan step. Each Intl call costs 10–20 µs, so the scan samples once a day; tzdata has no zone that
 * changes offset and back within one day, so no change is missed.
 */
const STEP = DAY;
/** Offsets lie within ±14 h, so ±30 h around a local time reaches both sides of any nearby change. */
const REACH = 30 * HOUR;

/** One change of UTC offset; offsets in minutes east of UTC. */
export interface Transition {
  at: number;
  before: number;
  after: number;
}

/** How a wall-clock time mapped: it existed once, fell in a gap, or occurred twice. */
export type WallKind = 'exact' | 'gap' | 'ambiguous';

/** True for a zone name Intl knows (luxon's check). */
export function isValidZone(zone: string): boolean {
  return isIanaZone(zone);
}

/** A zone's offsets over [fromMs, toMs), precomputed; outside that range it asks Intl directly. */
export class ZoneOffsets {
  readonly transitions: Transition[] = [];
  private readonly zone: { offset(t: number): number };
  private readonly from: number;
  private readonly to: number;
  private readonly initial: number;

  constructor(zone: string, fromMs: number, toMs: number) {
    this.zone = { offset: (t) => ianaOffset(zone, t) };
    this.from = Math.floor(fromMs / 1000) * 1000;
    this.to = Math.max(this.from, toMs);
    this.initial = this.zone.offset(this.from);
    let prevT = this.from;
    let prev = this.initial;
    for (let t = this.from + STEP; prevT < this.to; t += STEP) {
      const cur = this.zone.offset(t);
      if (cur !== prev) this.transitions.push({ at: this.bisect(prevT, t, prev), before: prev, after: cur });
      prevT = t;
      prev = cur;
    }
  }

  /** First whole second in (lo, hi] whose offset differs from `before`. */
  private bisect(lo: number, hi: number, before: number): number {
    let a = lo / 1000;
    let b = hi / 1000;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (this.zone.offset(mid * 1000) === before) a = mid;
      else b = mid;
    }
    return b * 1000;
  }

  /** UTC offset in minutes at instant `t`. */
  offsetAt(t: number): number {
    if (t < this.from || t >= this.to) return this.zone.offset(t);
    const list = this.transitions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.at <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? this.initial : list[lo - 1]!.after;
  }

  /** The civil day number (days since 1970-01-01) of instant `t` in this zone. */
  civilDay(t: number): number {
    return Math.floor((t + this.offsetAt(t) * MINUTE) / DAY);
  }

  /**
   * The instant of a wall-clock time, given as "local ms" (the wall time read as if it were UTC).
   * RFC 5545 §3.3.5: a time in a gap uses the offset from before the gap; an ambiguous time is
   * its first occurrence. (luxon's fromObject picks the second occurrence west of UTC, so we
   * do not use it here.)
   */
  resolve(localMs: number): { ms: number; kind: WallKind } {
    const oA = this.offsetAt(localMs - REACH);
    const oB = this.offsetAt(localMs + REACH);
    const valid: number[] = [];
    for (const o of oA === oB ? [oA] : [oA, oB]) {
      const candidate = localMs - o * MINUTE;
      if (this.offsetAt(candidate) === o) valid.push(candidate);
    }
    const [first, second] = valid;
    if (first !== undefined && second !== undefined && first !== second) {
      return { ms: Math.min(first, second), kind: 'ambiguous' };
    }
    if (first !== undefined) return { ms: first, kind: 'exact' };
    // In a gap: read with the later offset the instant falls before the change, so the offset
    // found there is the one in force before the gap.
    const before = this.offsetAt(localMs - oB * MINUTE);
    return { ms: localMs - before * MINUTE, kind: 'gap' };
  }
}
