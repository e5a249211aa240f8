import { describe, expect, it } from 'vitest';
import type { AwaySpan } from '@/utils/db';
import type { Interruption, InterruptionKind, ScheduleRule } from '@/utils/model';
import { DEFAULT_WORK_HOURS } from '@/utils/settings';
import { type SuggestionInput, suggestQuietRules } from '@/utils/suggestions';

const BERLIN = 'Europe/Berlin';
/** Berlin wall clock in January–February 2026 (CET, UTC+1); day 32 is 1 February. */
const cet = (day: number, h: number, m = 0) => Date.UTC(2026, 0, day, h - 1, m);
/** Monday 2 February 2026, 08:00: four whole weeks after Monday 5 January. */
const NOW = cet(33, 8);

let n = 0;
function rec(at: number, kind: InterruptionKind = 'delivered'): Interruption {
  return {
    id: `r${n++}`,
    at,
    lastAt: at,
    offsetMin: 60,
    appId: 'slack',
    tabId: 1,
    kind,
    messages: 1,
    signals: ['notification'],
    blockId: null,
    text: null,
    state: 'released',
  };
}

/**
 * Weeks of working days (Mon–Fri from Monday 5 January), `perHour` arrivals in each working hour
 * spread evenly inside the hour, except where `quiet(weekday, hour)` says how many instead.
 */
function history(weeks: number, quiet: (weekday: number, hour: number) => number | null = () => null, perHour = 4) {
  const list: Interruption[] = [];
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 5; d++) {
      for (let h = 9; h < 17; h++) {
        const count = quiet(d + 1, h) ?? perHour;
        for (let i = 0; i < count; i++) list.push(rec(cet(5 + 7 * w + d, h, 2 + Math.floor((i * 56) / count))));
      }
    }
  }
  return list;
}

function input(over: Partial<SuggestionInput>): SuggestionInput {
  const interruptions = over.interruptions ?? [];
  return {
    interruptions,
    away: [],
    workHours: DEFAULT_WORK_HOURS,
    schedule: [],
    firstDataAt: interruptions.length > 0 ? Math.min(...interruptions.map((r) => r.at)) : null,
    zone: BERLIN,
    now: NOW,
    ...over,
  };
}

/** Tue and Thu 14:00–16:00 with no arrival at all. */
const tueThuAfternoon = (weekday: number, hour: number) =>
  (weekday === 2 || weekday === 4) && (hour === 14 || hour === 15) ? 0 : null;

describe('suggestQuietRules', () => {
  it.each<[string, Partial<SuggestionInput>, number]>([
    ['no history at all', {}, 0],
    ['ten days of history', { interruptions: history(2), now: cet(15, 8) }, 10],
    ['13 days of history', { interruptions: history(2), now: cet(18, 8) }, 13],
  ])('offers nothing before two weeks of data, and says why: %s', (_name, over, days) => {
    expect(suggestQuietRules(input(over))).toEqual({ ok: false, reason: 'tooLittleData', days });
  });

  it('offers one rule for the days where a window holds, with its evidence', () => {
    const result = suggestQuietRules(input({ interruptions: history(4, tueThuAfternoon) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first] = result.suggestions;
    expect(first?.rule).toEqual({ days: ['tue', 'thu'], start: '14:00', end: '16:00', zone: 'local' });
    expect(first?.perHour).toBe(0);
    expect(first?.presentHours).toBe(2 * 2 * 4); // two days, two hours, four weeks
    expect(first?.weeks).toBe(4);
    expect(result.days).toBe(28);
    // The person's own rate: 4 an hour except 16 quiet hours out of 160.
    expect(first?.usualPerHour).toBeCloseTo((4 * 144) / 160, 10);
  });

  it('ranks by arrivals per hour of present time, and never offers overlapping windows', () => {
    // Wednesday 10–12 has one an hour, Tue/Thu 14–16 none: both hold, the quieter first.
    const quiet = (weekday: number, hour: number) =>
      tueThuAfternoon(weekday, hour) ?? (weekday === 3 && (hour === 10 || hour === 11) ? 1 : null);
    const result = suggestQuietRules(input({ interruptions: history(4, quiet) }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.suggestions.map((s) => [s.rule.days.join('+'), s.rule.start, s.perHour])).toEqual([
      ['tue+thu', '14:00', 0],
      ['wed', '10:00', 1],
    ]);
  });

  it('stays inside working hours: quiet evenings and mornings before work are never offered', () => {
    // Nothing ever arrives outside 09–17, so 07–09 and 17–19 would be the quietest of all.
    const result = suggestQuietRules(input({ interruptions: history(4, tueThuAfternoon) }));
    if (!result.ok) throw new Error(result.reason);
    for (const s of result.suggestions) {
      expect(s.startHour).toBeGreaterThanOrEqual(9);
      expect(s.startHour + 2).toBeLessThanOrEqual(17);
      expect(s.weekdays.every((w) => w <= 5)).toBe(true);
    }
  });

  it('never overlaps a rule of the schedule', () => {
    const schedule: ScheduleRule[] = [{ days: ['tue'], start: '15:00', end: '15:30', zone: 'local' }];
    const result = suggestQuietRules(input({ interruptions: history(4, tueThuAfternoon), schedule }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.suggestions[0]?.rule).toEqual({ days: ['thu'], start: '14:00', end: '16:00', zone: 'local' });
    expect(result.suggestions.some((s) => s.weekdays.includes(2) && s.startHour >= 13 && s.startHour <= 15)).toBe(
      false,
    );
  });

  it('counts only present time: arrivals while away are not held against a window', () => {
    // Friday 10–12 is busy, but the person is always away then: no present time, no evidence.
    const away: AwaySpan[] = [0, 1, 2, 3].map((w) => ({ start: cet(9 + 7 * w, 10), end: cet(9 + 7 * w, 12) }));
    const quiet = (weekday: number, hour: number) =>
      tueThuAfternoon(weekday, hour) ?? (weekday === 5 && (hour === 10 || hour === 11) ? 8 : null);
    const result = suggestQuietRules(input({ interruptions: history(4, quiet), away }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.suggestions.some((s) => s.weekdays.includes(5) && s.startHour >= 9 && s.startHour <= 11)).toBe(false);
    // 136 busy present hours at 4 an hour; the 16 quiet ones count as time; the 8 away hours not at all.
    expect(result.suggestions[0]?.usualPerHour).toBeCloseTo((4 * 136) / (160 - 8), 10);
  });

  it('needs evidence from two weeks: a window quiet in one week only is not offered', () => {
    // Monday 14–16 is quiet in the last week only; everything else is busy.
    const quiet = (weekday: number, hour: number) => (weekday === 1 && (hour === 14 || hour === 15) ? 0 : null);
    const list = history(3).concat(history(1, quiet).map((r) => ({ ...r, at: r.at + 21 * 86_400_000 })));
    const result = suggestQuietRules(input({ interruptions: list }));
    expect(result).toEqual({ ok: false, reason: 'noneQuieter', days: 28 });
  });

  it('says so when no window is clearly quieter than usual', () => {
    expect(suggestQuietRules(input({ interruptions: history(4) }))).toEqual({
      ok: false,
      reason: 'noneQuieter',
      days: 28,
    });
  });
});
