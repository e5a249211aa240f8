import { describe, expect, it } from 'vitest';
import { everySentence, formatDuration, formatRatio } from '@/utils/format';
import type { Interruption, InterruptionKind } from '@/utils/model';
import { type Interval, type RangeStats, rangeStats } from '@/utils/stats';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 6, 9, 0); // a Tuesday morning, UTC

let n = 0;
function rec(atMin: number, kind: InterruptionKind, messages = 1): Interruption {
  return {
    id: `r${n++}`,
    at: T0 + atMin * MIN,
    lastAt: T0 + atMin * MIN,
    offsetMin: 0,
    appId: 'slack',
    tabId: 1,
    kind,
    messages: kind === 'peek' ? 0 : messages,
    signals: ['title'],
    blockId: null,
    text: null,
    state: kind === 'held' ? 'pending' : 'released',
  };
}
const block = (fromMin: number, toMin: number): Interval => ({ start: T0 + fromMin * MIN, end: T0 + toMin * MIN });

function expectFinite(s: RangeStats): void {
  for (const [key, value] of Object.entries(s)) {
    if (value !== null) expect(Number.isFinite(value), key).toBe(true);
  }
}

describe('rangeStats', () => {
  const far = T0 + 24 * 60 * MIN;

  it('an empty range: zeros and nulls, never NaN', () => {
    const s = rangeStats([], [], T0, T0 + 60 * MIN, far);
    expectFinite(s);
    expect(s).toMatchObject({ reached: 0, held: 0, focusMinutes: 0, longestStretchMs: 0, meanBetweenMs: null });
    expect([s.unguardedMeanBetweenMs, s.baselineRatio]).toEqual([null, null]);
  });

  it('a long quiet block: the stretch is the block, no mean', () => {
    const s = rangeStats([], [block(0, 90)], T0, far, far);
    expectFinite(s);
    expect([s.focusMinutes, s.longestStretchMs, s.meanBetweenMs]).toEqual([90, 90 * MIN, null]);
  });

  it('reached and peeks break a stretch, held ones do not', () => {
    const recs = [
      rec(10, 'breakthrough'),
      rec(25, 'delivered'),
      rec(40, 'peek'),
      rec(50, 'held', 3),
      rec(55, 'held', 2),
    ];
    const s = rangeStats(recs, [block(0, 60)], T0, far, far);
    expectFinite(s);
    // stretches: 0→10, 10→25, 25→40, 40→60 (the held ones at 50 and 55 do not break it)
    expect(s).toMatchObject({ reached: 2, held: 2, breakthroughs: 1, peeks: 1, messagesHeld: 5, focusMinutes: 60 });
    expect(s.longestStretchMs).toBe(20 * MIN);
    expect(s.meanBetweenMs).toBe((60 * MIN) / 3);
    expect(s.unguardedMeanBetweenMs).toBe((60 * MIN) / 5);
    expect(s.baselineRatio).toBeCloseTo(20 / 11, 10);
  });

  it('overlapping and touching blocks count their time once', () => {
    const s = rangeStats(
      [rec(95, 'delivered')],
      [block(0, 60), block(30, 90), block(90, 100), block(10, 20)],
      T0,
      far,
      far,
    );
    expect(s.focusMinutes).toBe(100);
    expect(s.longestStretchMs).toBe(95 * MIN);
    expect(s.meanBetweenMs).toBe(100 * MIN);
  });

  it('interruptions outside focus count as reached but not in the mean', () => {
    const s = rangeStats(
      [rec(-30, 'delivered'), rec(70, 'delivered'), rec(20, 'delivered')],
      [block(0, 60)],
      T0 - 60 * MIN,
      far,
      far,
    );
    expect(s.reached).toBe(3);
    expect(s.meanBetweenMs).toBe(60 * MIN);
    expect(s.longestStretchMs).toBe(40 * MIN);
  });

  it('interruptions but no focus time: no mean (no fallback to the clock span)', () => {
    const s = rangeStats([rec(5, 'delivered'), rec(6, 'delivered')], [], T0, far, far);
    expectFinite(s);
    expect([s.reached, s.meanBetweenMs, s.baselineRatio, s.longestStretchMs]).toEqual([2, null, null, 0]);
  });

  it('clips to now: a running block counts only its past, future records are ignored', () => {
    const now = T0 + 30 * MIN;
    const s = rangeStats([rec(10, 'delivered'), rec(45, 'delivered')], [block(0, 50)], T0, T0 + 120 * MIN, now);
    expect([s.to, s.focusMinutes, s.reached, s.longestStretchMs]).toEqual([now, 30, 1, 20 * MIN]);
  });

  it('counts [from, to): an interruption at `to` belongs to the next range', () => {
    const recs = [rec(0, 'delivered'), rec(60, 'delivered')];
    const s = rangeStats(recs, [], T0, T0 + 60 * MIN, far);
    expect(s.reached).toBe(1);
  });

  it('a range wholly in the future is empty, not negative', () => {
    const s = rangeStats([], [block(0, 60)], T0 + 60 * MIN, T0 + 120 * MIN, T0);
    expectFinite(s);
    expect([s.to, s.focusMinutes]).toEqual([T0 + 60 * MIN, 0]);
  });

  it('matches a minute-by-minute count on generated data', () => {
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    const kinds: InterruptionKind[] = ['delivered', 'held', 'breakthrough', 'peek'];
    for (let round = 0; round < 30; round++) {
      const span = 600;
      const blocks = Array.from({ length: 1 + rand(5) }, () => {
        const s = rand(span);
        return block(s, s + 1 + rand(120));
      });
      const recs = Array.from({ length: rand(25) }, () => rec(rand(span), kinds[rand(4)]!));
      // Independent answer: mark focus minutes, then walk them.
      const focus = new Array<boolean>(span + 200).fill(false);
      for (const b of blocks) for (let m = (b.start - T0) / MIN; m < (b.end - T0) / MIN; m++) focus[m] = true;
      const breaks = new Set(recs.filter((r) => r.kind !== 'held').map((r) => (r.at - T0) / MIN));
      let longest = 0;
      let run = 0;
      for (let m = 0; m < focus.length; m++) {
        if (!focus[m]) run = 0;
        else {
          if (breaks.has(m)) run = 0;
          run++;
          longest = Math.max(longest, run);
        }
      }
      const focusMin = focus.filter(Boolean).length;
      const guarded = recs.filter((r) => r.kind !== 'held' && focus[(r.at - T0) / MIN]).length;
      const s = rangeStats(recs, blocks, T0, far, far);
      expectFinite(s);
      expect(s.focusMinutes).toBe(focusMin);
      expect(s.longestStretchMs).toBe(longest * MIN);
      expect(s.meanBetweenMs).toBe(guarded ? (focusMin * MIN) / guarded : null);
      expect(s.reached).toBe(recs.filter((r) => r.kind === 'delivered' || r.kind === 'breakthrough').length);
    }
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [29_000, '0 min'],
    [47 * MIN, '47 min'],
    [60 * MIN, '1 h'],
    [112 * MIN, '1 h 52 min'],
    [Number.NaN, '0 min'],
    [-5 * MIN, '0 min'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatRatio', () => {
  it.each([
    [37 / 11, '3.4×'],
    [3, '3×'],
    [0.5, '0.5×'],
    [112 / 11, '10×'],
    [Number.POSITIVE_INFINITY, '0×'],
  ])('%d → %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});

describe('everySentence', () => {
  const far = T0 + 24 * 60 * MIN;
  it('no focus time', () => {
    expect(everySentence(rangeStats([], [], T0, far, far))).toBe('no focus time yet');
  });
  it('none in a quiet block', () => {
    expect(everySentence(rangeStats([], [block(0, 47)], T0, far, far))).toBe('none in 47 min');
  });
  it('one every 37 min against the baseline', () => {
    // 74 min of focus, 2 reached → one every 37 min; 37 / 11 = 3.36… → 3.4×
    const s = rangeStats([rec(10, 'delivered'), rec(50, 'peek')], [block(0, 74)], T0, far, far);
    expect(everySentence(s)).toBe('one interruption every 37 min — 3.4× the 11-minute baseline');
  });
  it('more often than the baseline, and under a minute', () => {
    const recs = Array.from({ length: 4 }, (_, i) => rec(i * 0.25, 'delivered'));
    // 2 min of focus, 4 reached → one every 30 s; 0.5 / 11 = 0.04545… → two significant digits
    expect(everySentence(rangeStats(recs, [block(0, 2)], T0, far, far))).toBe(
      'one interruption every 30 s — 0.045× the 11-minute baseline',
    );
  });
});
