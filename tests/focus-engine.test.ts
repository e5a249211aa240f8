/** The focus engine: running block, boundaries, and the person's exceptions. Times in UTC for clarity. */
import { describe, expect, it } from 'vitest';
import type { FocusOverrides } from '@/utils/db';
import {
  endCurrent,
  extendCurrent,
  type FocusInputs,
  focusAt,
  nextScheduledWindow,
  nextTransition,
  pauseUntil,
  pruneOverrides,
  skipNext,
  startManual,
} from '@/utils/focus-engine';
import type { ScheduleFile, ScheduleRule } from '@/utils/model';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const MON = Date.UTC(2025, 5, 2); // Monday 2 June 2025, 00:00 UTC
const empty = (): FocusOverrides => ({ manual: [], suppressed: [], pausedUntil: null, strictEarlyEnds: [] });
const schedule = (...rules: ScheduleRule[]): ScheduleFile => ({ format: 'heads-down-schedule', version: 1, rules });
const weekdays9to11 = schedule({
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '11:00',
  zone: 'UTC',
});
const inputs = (s: ScheduleFile, overrides = empty(), localZone = 'UTC'): FocusInputs => ({
  schedule: s,
  localZone,
  overrides,
});
const withOverrides = (i: FocusInputs, overrides: FocusOverrides): FocusInputs => ({ ...i, overrides });

describe('focusAt and nextTransition', () => {
  it('finds the scheduled window containing now, half-open', () => {
    const i = inputs(weekdays9to11);
    expect(focusAt(MON + 8 * H, i)).toBeNull();
    expect(focusAt(MON + 9 * H, i)).toEqual({ start: MON + 9 * H, end: MON + 11 * H, origin: 'schedule' });
    expect(focusAt(MON + 11 * H, i)).toBeNull();
    expect(nextTransition(MON + 8 * H, i)).toBe(MON + 9 * H);
    expect(nextTransition(MON + 9 * H, i)).toBe(MON + 11 * H);
    expect(nextTransition(MON + 11 * H, i)).toBe(MON + D + 9 * H);
  });

  it('returns null when nothing happens within 8 days', () => {
    expect(nextTransition(MON, inputs(schedule()))).toBeNull();
    const sundaysOnly = schedule({ days: ['sun'], start: '09:00', end: '10:00', zone: 'UTC' });
    expect(nextTransition(MON, inputs(sundaysOnly))).toBe(MON + 6 * D + 9 * H);
  });

  it('a manual block extending past a scheduled window makes one block', () => {
    const i = inputs(weekdays9to11, { ...empty(), manual: [{ start: MON + 10 * H, end: MON + 12 * H }] });
    expect(focusAt(MON + 11.5 * H, i)).toEqual({ start: MON + 9 * H, end: MON + 12 * H, origin: 'schedule' });
    expect(nextTransition(MON + 9 * H, i)).toBe(MON + 12 * H);
  });
});

describe('state changes', () => {
  it('startManual starts a manual block, or merges with the running one', () => {
    const i = inputs(weekdays9to11);
    const alone = withOverrides(i, startManual(MON + 13 * H, 25, i));
    expect(focusAt(MON + 13 * H, alone)).toEqual({ start: MON + 13 * H, end: MON + 13 * H + 25 * M, origin: 'manual' });
    const merged = withOverrides(i, startManual(MON + 10.5 * H, 60, i));
    expect(focusAt(MON + 10.5 * H, merged)).toEqual({ start: MON + 9 * H, end: MON + 11.5 * H, origin: 'schedule' });
  });

  it('extendCurrent moves the running end; without a block it changes nothing', () => {
    const i = inputs(weekdays9to11);
    const ext = withOverrides(i, extendCurrent(MON + 10 * H, 30, i));
    expect(focusAt(MON + 11 * H, ext)?.end).toBe(MON + 11.5 * H);
    const twice = withOverrides(ext, extendCurrent(MON + 11 * H, 15, ext));
    expect(focusAt(MON + 10 * H, twice)?.end).toBe(MON + 11 * H + 45 * M);
    expect(extendCurrent(MON + 12 * H, 30, i)).toBe(i.overrides);
  });

  it('endCurrent ends a scheduled block for good; tomorrow still runs', () => {
    const i = inputs(weekdays9to11);
    const ended = withOverrides(i, endCurrent(MON + 10 * H, i));
    expect(focusAt(MON + 10 * H, ended)).toBeNull();
    expect(focusAt(MON + 10.9 * H, ended)).toBeNull();
    expect(nextTransition(MON + 10 * H, ended)).toBe(MON + D + 9 * H);
    expect(focusAt(MON + D + 9 * H, ended)).not.toBeNull();
  });

  it('endCurrent on a merged manual + scheduled block does not restart either part', () => {
    // Scheduled 09:00–11:00, extended by hand to 12:00, then a later hand block 12:00–12:30 touching it.
    let i = inputs(weekdays9to11);
    i = withOverrides(i, extendCurrent(MON + 9.5 * H, 60, i));
    i = withOverrides(i, {
      ...i.overrides,
      manual: [...i.overrides.manual, { start: MON + 12 * H, end: MON + 12.5 * H }],
    });
    expect(focusAt(MON + 9.5 * H, i)?.end).toBe(MON + 12.5 * H);
    const ended = withOverrides(i, endCurrent(MON + 9.5 * H, i));
    for (const t of [9.5, 10, 11, 11.9, 12.2]) expect(focusAt(MON + t * H, ended)).toBeNull();
    expect(nextTransition(MON + 9.5 * H, ended)).toBe(MON + D + 9 * H);
  });

  it('endCurrent keeps the past part of a manual block', () => {
    const i = inputs(schedule(), { ...empty(), manual: [{ start: MON + 13 * H, end: MON + 14 * H }] });
    const o = endCurrent(MON + 13.5 * H, i);
    expect(o.manual).toEqual([{ start: MON + 13 * H, end: MON + 13.5 * H }]);
    expect(endCurrent(MON + 15 * H, i)).toBe(i.overrides);
  });

  it('skipNext while a block runs skips the next one, not the running one', () => {
    const i = inputs(weekdays9to11);
    expect(nextScheduledWindow(MON + 10 * H, i)).toEqual({ start: MON + D + 9 * H, end: MON + D + 11 * H });
    const skipped = withOverrides(i, skipNext(MON + 10 * H, i));
    expect(focusAt(MON + 10.5 * H, skipped)).not.toBeNull();
    expect(focusAt(MON + D + 9.5 * H, skipped)).toBeNull();
    expect(nextTransition(MON + 11 * H, skipped)).toBe(MON + 2 * D + 9 * H);
    expect(nextScheduledWindow(MON + 10 * H, skipped)).toEqual({
      start: MON + 2 * D + 9 * H,
      end: MON + 2 * D + 11 * H,
    });
  });

  it('pauseUntil stops the running block and windows starting before the end of the pause', () => {
    const s = schedule(
      { days: ['mon'], start: '09:00', end: '11:00', zone: 'UTC' },
      { days: ['mon'], start: '13:00', end: '15:00', zone: 'UTC' },
      { days: ['mon'], start: '16:00', end: '17:00', zone: 'UTC' },
    );
    const i = inputs(s);
    const paused = withOverrides(i, pauseUntil(MON + 10 * H, MON + 14 * H, i));
    expect(focusAt(MON + 10 * H, paused)).toBeNull();
    expect(focusAt(MON + 14.5 * H, paused)).toBeNull();
    expect(focusAt(MON + 16 * H, paused)).not.toBeNull();
    expect(nextScheduledWindow(MON + 10 * H, paused)).toEqual({ start: MON + 16 * H, end: MON + 17 * H });
    // Resuming brings back later windows but not the block that was running at pause time.
    const resumed = withOverrides(paused, pauseUntil(MON + 10.5 * H, null, paused));
    expect(resumed.overrides.pausedUntil).toBeNull();
    expect(focusAt(MON + 10.5 * H, resumed)).toBeNull();
    expect(focusAt(MON + 13 * H, resumed)).not.toBeNull();
  });

  it('a long pause hides the next 8 days; nextScheduledWindow looks past it', () => {
    const i = inputs(weekdays9to11);
    const until = MON + 20 * D;
    const paused = withOverrides(i, pauseUntil(MON, until, i));
    expect(nextTransition(MON, paused)).toBeNull();
    // 20 days after Monday is a Sunday; the next block is Monday 09:00.
    expect(nextScheduledWindow(MON, paused)).toEqual({ start: MON + 21 * D + 9 * H, end: MON + 21 * D + 11 * H });
  });

  it('pruneOverrides drops what can no longer matter', () => {
    const now = MON + 10 * D;
    const o: FocusOverrides = {
      manual: [
        { start: now - 3 * D, end: now - 2 * D },
        { start: now - H, end: now + H },
      ],
      suppressed: [
        { start: now - 2 * D, end: now - D - 1 },
        { start: now - D, end: now - D + H },
      ],
      pausedUntil: now - 2 * D,
      strictEarlyEnds: [now - 8 * D, now - 6 * D],
    };
    expect(pruneOverrides(now, inputs(schedule(), o))).toEqual({
      manual: [{ start: now - H, end: now + H }],
      suppressed: [{ start: now - D, end: now - D + H }],
      pausedUntil: now - 2 * D,
      strictEarlyEnds: [now - 6 * D],
    });
    expect(pruneOverrides(now, inputs(schedule(), { ...o, pausedUntil: now - 9 * D })).pausedUntil).toBeNull();
  });
});

describe('a realistic week', () => {
  // Deep work every weekday morning, a touching extra hour Mon/Wed/Fri, two afternoons, and a
  // Sunday-evening planning block in the person's own zone.
  const realistic = schedule(
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '11:00', zone: 'Europe/Berlin' },
    { days: ['mon', 'wed', 'fri'], start: '11:00', end: '12:00', zone: 'Europe/Berlin' },
    { days: ['tue', 'thu'], start: '14:00', end: '16:00', zone: 'Europe/Berlin' },
    { days: ['sun'], start: '20:00', end: '22:00', zone: 'local' },
  );
  const CEST = 2 * H; // Berlin in June
  const local = (day: number, hour: number) => MON + day * D + hour * H - CEST;

  it('needs one alarm per boundary: 16 over the week', () => {
    const i = inputs(realistic, empty(), 'Europe/Berlin');
    const expected = [
      [0, 9, 12],
      [1, 9, 11],
      [1, 14, 16],
      [2, 9, 12],
      [3, 9, 11],
      [3, 14, 16],
      [4, 9, 12],
      [6, 20, 22],
    ].flatMap(([d, s, e]) => [local(d!, s!), local(d!, e!)]);
    const weekStart = local(0, 0);
    const alarms: number[] = [];
    for (let t: number | null = weekStart; t !== null && t < weekStart + 7 * D; ) {
      t = nextTransition(t, i);
      if (t !== null && t < weekStart + 7 * D) alarms.push(t);
    }
    expect(alarms).toEqual(expected);
    expect(alarms).toHaveLength(16);
    // Each alarm flips focus on or off.
    for (const [k, t] of alarms.entries()) expect(focusAt(t, i) !== null).toBe(k % 2 === 0);
  });
});
