import { describe, expect, it } from 'vitest';
import { intersect, subtract, unionOf, type WorkdayInput, workdayFigures } from '@/utils/workday';

const M = 60_000;
/** Minutes after a fixed midnight, so the tables read as clock times. */
const T0 = Date.UTC(2026, 2, 2);
const at = (min: number) => T0 + min * M;
const span = (a: number, b: number) => ({ start: at(a), end: at(b) });

function input(partial: Partial<WorkdayInput>): WorkdayInput {
  return { fromMs: at(0), toMs: at(24 * 60), work: [], away: [], focus: [], events: [], ...partial };
}
const ev = (min: number, kind: 'reached' | 'held' | 'peek') => ({ at: at(min), kind });

describe('workdayFigures: tables', () => {
  const cases: Array<{ name: string; input: WorkdayInput; expected: ReturnType<typeof workdayFigures> }> = [
    {
      name: 'no working time: nothing counts, no stretch',
      input: input({ events: [ev(600, 'reached'), ev(601, 'held')] }),
      expected: {
        presentMinutes: 0,
        reached: 0,
        held: 0,
        peeks: 0,
        meanStretchMinutes: null,
        longestStretchMinutes: null,
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'no breaks: mean is null, longest is all present time',
      input: input({ work: [span(540, 600)], events: [ev(550, 'held')] }),
      expected: {
        presentMinutes: 60,
        reached: 0,
        held: 1,
        peeks: 0,
        meanStretchMinutes: null,
        longestStretchMinutes: 60,
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'overlapping and unsorted work intervals are one union',
      input: input({
        work: [span(600, 660), span(540, 620), span(650, 700)],
        events: [ev(560, 'reached'), ev(640, 'peek')],
      }),
      expected: {
        presentMinutes: 160,
        reached: 1,
        held: 0,
        peeks: 1,
        meanStretchMinutes: 80,
        longestStretchMinutes: 80, // 560 → 640
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'events exactly on boundaries: start is in, end is out',
      input: input({
        work: [span(540, 600)],
        events: [ev(540, 'reached'), ev(600, 'reached'), ev(599.999, 'peek')],
      }),
      expected: {
        presentMinutes: 60,
        reached: 1,
        held: 0,
        peeks: 1,
        meanStretchMinutes: 30,
        longestStretchMinutes: 59.999,
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'away inside focus removes time from both; events while away do not count',
      input: input({
        work: [span(540, 720)],
        focus: [span(540, 660)],
        away: [span(570, 600), span(580, 590)],
        events: [ev(575, 'reached'), ev(620, 'held'), ev(630, 'peek'), ev(700, 'reached')],
      }),
      expected: {
        presentMinutes: 150,
        reached: 1,
        held: 1,
        peeks: 1,
        meanStretchMinutes: 75,
        // pieces: 540–570 (30), 600–630 (30), 630–700 (70), 700–720 (20)
        longestStretchMinutes: 70,
        focus: {
          minutes: 90,
          reached: 0,
          held: 1,
          peeks: 1,
          meanStretchMinutes: 90,
          longestStretchMinutes: 30, // 540–570, 600–630, 630–660
        },
      },
    },
    {
      name: 'focus outside working hours is not focus at work',
      input: input({
        work: [span(540, 600)],
        focus: [span(480, 550), span(1200, 1260)],
        events: [ev(500, 'peek'), ev(545, 'held'), ev(1210, 'reached')],
      }),
      expected: {
        presentMinutes: 60,
        reached: 0,
        held: 1,
        peeks: 0,
        meanStretchMinutes: null,
        longestStretchMinutes: 60,
        focus: { minutes: 10, reached: 0, held: 1, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: 10 },
      },
    },
    {
      name: 'the range clips working time; separate pieces never join across a gap',
      input: input({
        fromMs: at(560),
        toMs: at(700),
        work: [span(540, 600), span(630, 720)],
        events: [ev(550, 'reached'), ev(610, 'reached'), ev(690, 'reached')],
      }),
      expected: {
        presentMinutes: 110,
        reached: 1,
        held: 0,
        peeks: 0,
        meanStretchMinutes: 110,
        longestStretchMinutes: 60, // 630–690
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'touching intervals join into one piece; away touching work leaves nothing behind',
      input: input({ work: [span(540, 600), span(600, 660)], away: [span(480, 540), span(660, 700)] }),
      expected: {
        presentMinutes: 120,
        reached: 0,
        held: 0,
        peeks: 0,
        meanStretchMinutes: null,
        longestStretchMinutes: 120,
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'an empty range and inverted intervals count nothing',
      input: input({ fromMs: at(600), toMs: at(600), work: [span(540, 700), span(700, 650)] }),
      expected: {
        presentMinutes: 0,
        reached: 0,
        held: 0,
        peeks: 0,
        meanStretchMinutes: null,
        longestStretchMinutes: null,
        focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
      },
    },
    {
      name: 'two breaks at the same instant count twice and cut once',
      input: input({ work: [span(0, 30)], focus: [span(0, 30)], events: [ev(10, 'reached'), ev(10, 'peek')] }),
      expected: {
        presentMinutes: 30,
        reached: 1,
        held: 0,
        peeks: 1,
        meanStretchMinutes: 15,
        longestStretchMinutes: 20,
        focus: { minutes: 30, reached: 1, held: 0, peeks: 1, meanStretchMinutes: 15, longestStretchMinutes: 20 },
      },
    },
  ];
  it.each(cases)('$name', ({ input: given, expected }) => {
    const got = workdayFigures(given);
    expect(got.presentMinutes).toBeCloseTo(expected.presentMinutes, 9);
    expect({ ...got, presentMinutes: 0 }).toEqual({ ...expected, presentMinutes: 0 });
  });
});

/** A seeded PRNG so a failing case can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent oracle on a unit grid: times are whole units, so present time is the set of units u
 * with u in [from, to), in some work interval and in no away interval. Stretches are runs of present
 * units; a break at u starts a new run at u.
 */
function oracle(inp: WorkdayInput, unit: number) {
  const inAny = (list: Array<{ start: number; end: number }>, t: number) => list.some((s) => s.start <= t && t < s.end);
  const present = (t: number) => t >= inp.fromMs && t < inp.toMs && inAny(inp.work, t) && !inAny(inp.away, t);
  const over = (keep: (t: number) => boolean) => {
    let units = 0;
    let run = 0;
    let longest = 0;
    let reached = 0;
    let held = 0;
    let peeks = 0;
    for (let t = T0; t < T0 + 400 * unit; t += unit) {
      const here = inp.events.filter((e) => e.at === t && keep(t));
      held += here.filter((e) => e.kind === 'held').length;
      const breaks = here.filter((e) => e.kind !== 'held');
      reached += breaks.filter((e) => e.kind === 'reached').length;
      peeks += breaks.filter((e) => e.kind === 'peek').length;
      if (!keep(t)) {
        run = 0;
        continue;
      }
      if (breaks.length > 0) run = 0;
      units++;
      run++;
      longest = Math.max(longest, run);
    }
    const minutes = (units * unit) / M;
    return {
      minutes,
      reached,
      held,
      peeks,
      meanStretchMinutes: reached + peeks > 0 ? minutes / (reached + peeks) : null,
      longestStretchMinutes: units > 0 ? (longest * unit) / M : null,
    };
  };
  const work = over(present);
  const focus = over((t) => present(t) && inAny(inp.focus, t));
  const { minutes, ...rest } = work;
  return { presentMinutes: minutes, ...rest, focus };
}

describe('workdayFigures: property against a unit-grid oracle', () => {
  const RUNS = 500;
  it(`agrees with the oracle on ${RUNS} generated days`, () => {
    const unit = M;
    for (let seed = 1; seed <= RUNS; seed++) {
      const rnd = mulberry32(seed);
      const t = () => T0 + Math.floor(rnd() * 200) * unit;
      const spans = (n: number) =>
        Array.from({ length: Math.floor(rnd() * n) }, () => {
          const a = t();
          return { start: a, end: a + Math.floor(rnd() * 60) * unit };
        });
      const kinds = ['reached', 'held', 'peek'] as const;
      const inp: WorkdayInput = {
        fromMs: t(),
        toMs: t() + 100 * unit,
        work: spans(5),
        away: spans(4),
        focus: spans(4),
        events: Array.from({ length: Math.floor(rnd() * 20) }, () => ({
          at: t(),
          kind: kinds[Math.floor(rnd() * 3)]!,
        })),
      };
      const expected = oracle(inp, unit);
      const got = workdayFigures(inp);
      try {
        expect(got).toEqual(expected);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  });
});

describe('interval algebra', () => {
  it('unions, intersects and subtracts', () => {
    const u = unionOf([
      { start: 5, end: 8 },
      { start: 0, end: 3 },
      { start: 3, end: 4 },
      { start: 7, end: 10 },
    ]);
    expect(u).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 10 },
    ]);
    expect(intersect(u, [{ start: 2, end: 6 }])).toEqual([
      { start: 2, end: 4 },
      { start: 5, end: 6 },
    ]);
    expect(
      subtract(u, [
        { start: 1, end: 2 },
        { start: 3, end: 6 },
        { start: 9, end: 20 },
      ]),
    ).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
      { start: 6, end: 9 },
    ]);
  });
});
