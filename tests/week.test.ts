import { describe, expect, it } from 'vitest';
import type { AwaySpan } from '@/utils/db';
import type { FocusBlock, Interruption, InterruptionKind, ScheduleRule } from '@/utils/model';
import { DEFAULT_WORK_HOURS } from '@/utils/settings';
import { buildWeek, hasRate, type WeekInput, weekStart, weekTotal } from '@/utils/week';
import { figuresAtWork } from '@/utils/workday-inputs';

const H = 3_600_000;
const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
/** Berlin wall clock in January 2026 (CET, UTC+1); days past 31 run into February, still CET. */
const cet = (day: number, h: number, m = 0) => Date.UTC(2026, 0, day, h - 1, m);
const WEEK = cet(5, 0); // Monday 2026-01-05 00:00 CET
const AFTER = cet(20, 0); // a `now` after that week

let n = 0;
function rec(at: number, kind: InterruptionKind, appId = 'slack', messages = 1): Interruption {
  return {
    id: `r${n++}`,
    at,
    lastAt: at,
    offsetMin: 60,
    appId,
    tabId: 1,
    kind,
    messages: kind === 'peek' ? 0 : messages,
    signals: ['notification'],
    blockId: null,
    text: null,
    state: 'released',
  };
}

describe('weekStart', () => {
  it.each<[string, number, string, 1 | 7, number]>([
    ['Berlin Wednesday, Monday-first', Date.UTC(2026, 2, 4, 14), BERLIN, 1, Date.UTC(2026, 2, 1, 23)],
    ['Berlin Wednesday, Sunday-first', Date.UTC(2026, 2, 4, 14), BERLIN, 7, Date.UTC(2026, 1, 28, 23)],
    ['exactly Monday midnight', Date.UTC(2026, 2, 1, 23), BERLIN, 1, Date.UTC(2026, 2, 1, 23)],
    ['Sunday 23:30, Monday-first', Date.UTC(2026, 2, 8, 22, 30), BERLIN, 1, Date.UTC(2026, 2, 1, 23)],
    ['Sunday 23:30, Sunday-first', Date.UTC(2026, 2, 8, 22, 30), BERLIN, 7, Date.UTC(2026, 2, 7, 23)],
    ['New York after spring forward, Monday-first', Date.UTC(2026, 2, 10, 16), NY, 1, Date.UTC(2026, 2, 9, 4)],
    ['New York after spring forward, Sunday-first', Date.UTC(2026, 2, 10, 16), NY, 7, Date.UTC(2026, 2, 8, 5)],
    ['New York fall-back Sunday, Monday-first', Date.UTC(2026, 10, 1, 17), NY, 1, Date.UTC(2026, 9, 26, 4)],
  ])('%s', (_name, at, zone, firstDay, expected) => {
    expect(weekStart(at, zone, firstDay)).toBe(expected);
  });
});

function blk(start: number, end: number, over: Partial<FocusBlock> = {}): FocusBlock {
  return {
    id: `b${n++}`,
    start,
    end,
    endedAt: end,
    origin: 'schedule',
    endedEarly: false,
    strict: false,
    digestShown: true,
    ...over,
  };
}

function input(over: Partial<WeekInput> = {}): WeekInput {
  const interruptions = over.interruptions ?? [];
  const blocks = over.blocks ?? [];
  const times = [...interruptions.map((r) => r.at), ...blocks.map((b) => b.start)];
  return {
    interruptions,
    blocks,
    away: [],
    workHours: DEFAULT_WORK_HOURS,
    firstDataAt: times.length > 0 ? Math.min(...times) : null,
    ...over,
  };
}

const ALL_DAYS: ScheduleRule[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '00:00', zone: 'local' },
];

describe('buildWeek: days from local midnights', () => {
  it.each<[string, string, number, string, number, number]>([
    // zone, week start (local Monday midnight), the DST Sunday, its length, the week's end
    ['New York spring forward', NY, Date.UTC(2026, 2, 2, 5), '2026-03-08', 23, Date.UTC(2026, 2, 9, 4)],
    ['New York fall back', NY, Date.UTC(2026, 9, 26, 4), '2026-11-01', 25, Date.UTC(2026, 10, 2, 5)],
    ['Berlin spring forward', BERLIN, Date.UTC(2026, 2, 22, 23), '2026-03-29', 23, Date.UTC(2026, 2, 29, 22)],
  ])('%s', (_name, zone, start, sunday, hours, end) => {
    const w = buildWeek(input({ firstDataAt: start - H }), start, zone, end + H);
    expect(w.days).toHaveLength(7);
    expect(w.days.map((d) => (d.end - d.start) / H)).toEqual([24, 24, 24, 24, 24, 24, hours]);
    expect([w.days[6]!.date, w.start, w.end]).toEqual([sunday, start, end]);
    for (let i = 1; i < 7; i++) expect(w.days[i]!.start).toBe(w.days[i - 1]!.end);
  });

  it('the heatmap reads local hours on the spring-forward day (no 02:00); working time follows the wall clock', () => {
    // 01:30 EST = 06:30Z; 03:30 EDT = 07:30Z. A block 01:00 EST → 04:00 EDT lasts 2 real hours.
    const recs = [rec(Date.UTC(2026, 2, 8, 6, 30), 'held'), rec(Date.UTC(2026, 2, 8, 7, 30), 'held')];
    const blocks = [blk(Date.UTC(2026, 2, 8, 6), Date.UTC(2026, 2, 8, 8))];
    const w = buildWeek(
      input({ interruptions: recs, blocks, workHours: ALL_DAYS }),
      Date.UTC(2026, 2, 2, 5),
      NY,
      Date.UTC(2026, 2, 20),
    );
    expect(w.heatmap[6]!.slice(0, 5)).toEqual([0, 1, 0, 1, 0]);
    expect(w.days[6]!.work!.focus.minutes).toBe(120);
    expect(w.days[6]!.work!.presentMinutes).toBe(23 * 60);
    expect(w.days[6]!.work!.held).toBe(2);
  });

  it('the heatmap counts both 01:30s of the fall-back day in hour 1', () => {
    // 01:30 EDT = 05:30Z, 01:30 EST = 06:30Z
    const recs = [rec(Date.UTC(2026, 10, 1, 5, 30), 'delivered'), rec(Date.UTC(2026, 10, 1, 6, 30), 'delivered')];
    const w = buildWeek(
      input({ interruptions: recs, workHours: ALL_DAYS }),
      Date.UTC(2026, 9, 26, 4),
      NY,
      Date.UTC(2026, 10, 20),
    );
    expect(w.heatmap[6]![1]).toBe(2);
    expect(w.days[6]!.work!.reached).toBe(2);
    expect(w.days[6]!.work!.presentMinutes).toBe(25 * 60);
  });

  it('per app, sorted by total; peeks stay out of the heatmap', () => {
    const recs = [
      rec(cet(5, 9), 'held', 'slack', 2),
      rec(cet(5, 9, 5), 'held', 'slack', 1),
      rec(cet(5, 9, 10), 'peek', 'slack'),
      rec(cet(5, 12), 'delivered', 'gmail', 1),
      rec(cet(6, 9), 'breakthrough', 'teams', 1),
      rec(cet(6, 9, 30), 'held', 'gmail', 4),
      rec(cet(4, 9), 'held', 'teams'), // the Sunday before: another week
    ];
    const w = buildWeek(input({ interruptions: recs }), WEEK, BERLIN, AFTER);
    expect(w.perApp).toEqual([
      { appId: 'slack', held: 2, reached: 0, breakthroughs: 0, peeks: 1, messages: 3 },
      { appId: 'gmail', held: 1, reached: 1, breakthroughs: 0, peeks: 0, messages: 5 },
      { appId: 'teams', held: 0, reached: 1, breakthroughs: 1, peeks: 0, messages: 1 },
    ]);
    expect(w.heatmap[0]![9]).toBe(2);
    expect(w.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('buildWeek: the working day against the baseline', () => {
  // Monday: work 09–17, away 12–13, a block 09–11. Worked out by hand below.
  const block = blk(cet(5, 9), cet(5, 11));
  const away: AwaySpan[] = [{ start: cet(5, 12), end: cet(5, 13) }];
  const recs = [
    rec(cet(5, 9, 30), 'held'),
    rec(cet(5, 10), 'delivered'),
    rec(cet(5, 12, 30), 'delivered'), // away: not counted
    rec(cet(5, 14), 'peek'),
    rec(cet(5, 18), 'delivered'), // after work: not counted (but in the heatmap)
  ];

  it('counts only present working time, cuts stretches at reached and peeks, not at held', () => {
    const w = buildWeek(input({ interruptions: recs, blocks: [block], away }), WEEK, BERLIN, AFTER);
    const mon = w.days[0]!.work!;
    // Present: 09–12 and 13–17 = 420 min; breaks at 10:00 and 14:00 → pieces 60, 120, 60, 180.
    expect(mon.presentMinutes).toBe(420);
    expect([mon.reached, mon.held, mon.peeks]).toEqual([1, 1, 1]);
    expect(mon.meanStretchMinutes).toBe(210);
    expect(mon.longestStretchMinutes).toBe(180);
    // Focus: 09–11 = 120 min, one reached at 10:00 → pieces 60 and 60.
    expect(mon.focus).toEqual({
      minutes: 120,
      reached: 1,
      held: 1,
      peeks: 0,
      meanStretchMinutes: 120,
      longestStretchMinutes: 60,
    });
    // Tuesday to Friday: 8 h each, nothing broke them; the weekend has no working time.
    expect(w.days.slice(1, 5).map((d) => d.work!.presentMinutes)).toEqual([480, 480, 480, 480]);
    expect(w.days.slice(5).map((d) => d.work!.presentMinutes)).toEqual([0, 0]);
    expect(w.total!.presentMinutes).toBe(420 + 4 * 480);
    // A stretch is a piece of present time: the night between two working days ends it.
    expect(w.total!.longestStretchMinutes).toBe(480);
    expect(w.total!.meanStretchMinutes).toBe((420 + 4 * 480) / 2);
    expect(w.heatmap[0]![18]).toBe(1);
  });

  it('equals figuresAtWork for every day and for the week (one definition)', () => {
    const i = input({ interruptions: recs, blocks: [block], away });
    const w = buildWeek(i, WEEK, BERLIN, AFTER);
    for (const d of w.days) expect(d.work).toEqual(figuresAtWork(i, i.workHours, d.start, d.end, BERLIN, AFTER));
    expect(w.total).toEqual(figuresAtWork(i, i.workHours, w.start, w.end, BERLIN, AFTER));
    expect(weekTotal(i, WEEK, BERLIN, AFTER)).toEqual(w.total);
  });

  it('equals figuresAtWork day by day over generated weeks: working hours in other zones, overnight, across DST', () => {
    // buildWeek expands the working hours once for the week; figuresAtWork expands them per day.
    let seed = 0x2545f491;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const clock = () => `${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const zones = [BERLIN, NY, 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    // Weeks holding the 2026 DST changes of those zones, and one without.
    const weeks = [
      Date.UTC(2026, 2, 5),
      Date.UTC(2026, 2, 26),
      Date.UTC(2026, 3, 2),
      Date.UTC(2026, 9, 22),
      Date.UTC(2026, 5, 10),
    ];
    let compared = 0;
    for (let c = 0; c < 60; c++) {
      const zone = pick(zones);
      const start = weekStart(pick(weeks), zone, pick([1, 7] as const));
      const workHours: ScheduleRule[] = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
        days: weekdays.filter(() => rnd() < 0.6),
        start: clock(),
        end: clock(),
        zone: pick(['local', ...zones]),
      }));
      const recs = Array.from({ length: 40 }, () =>
        rec(start - 3 * 86_400_000 + Math.floor(rnd() * 12 * 86_400_000), pick(['held', 'delivered', 'peek'] as const)),
      );
      const blocks = [blk(start + 30 * H, start + 32 * H), blk(start + 100 * H, start + 103 * H)];
      const away: AwaySpan[] = [{ start: start + 50 * H, end: start + 53 * H }];
      const i = input({
        interruptions: recs,
        blocks,
        away,
        workHours,
        firstDataAt: start + Math.floor(rnd() * 4) * 86_400_000 - 86_400_000,
      });
      const now = start + Math.floor(rnd() * 9 * 86_400_000);
      const w = buildWeek(i, start, zone, now);
      for (const d of w.days) {
        if (d.state !== 'shown') continue;
        expect(d.work).toEqual(figuresAtWork(i, workHours, d.start, d.end, zone, now));
        compared++;
      }
      const from = Math.max(start, w.days.find((d) => d.state !== 'before')?.start ?? w.end);
      const total = from < w.end && from <= now ? figuresAtWork(i, workHours, from, w.end, zone, now) : null;
      expect(w.total).toEqual(total);
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('leaves future days blank and counts today up to now', () => {
    const now = cet(7, 10); // Wednesday 10:00
    const w = buildWeek(input({ interruptions: recs, blocks: [block], away }), WEEK, BERLIN, now);
    expect(w.days.map((d) => d.state)).toEqual(['shown', 'shown', 'shown', 'future', 'future', 'future', 'future']);
    expect(w.days[2]!.work!.presentMinutes).toBe(60);
    expect(w.days.slice(3).every((d) => d.work === null)).toBe(true);
    expect(w.total!.presentMinutes).toBe(420 + 480 + 60);
  });

  it('leaves days before the history blank, and the total starts with it', () => {
    const wed = rec(cet(7, 15), 'delivered');
    const w = buildWeek(input({ interruptions: [wed] }), WEEK, BERLIN, AFTER);
    expect(w.days.map((d) => d.state)).toEqual(['before', 'before', 'shown', 'shown', 'shown', 'shown', 'shown']);
    expect(w.total!.presentMinutes).toBe(3 * 480);
    expect(w.empty).toBe(false);
  });

  it('says a week with no record is empty', () => {
    const w = buildWeek(input({ firstDataAt: cet(1, 9) }), WEEK, BERLIN, AFTER);
    expect(w.empty).toBe(true);
    expect(buildWeek(input({ away }), WEEK, BERLIN, AFTER).empty).toBe(false);
  });

  it('lists the blocks of the week with what happened while each guarded', () => {
    const running = blk(cet(6, 14), cet(6, 16), { endedAt: null, strict: true, origin: 'manual' });
    const recs2 = [...recs, rec(cet(6, 14, 30), 'held'), rec(cet(6, 15), 'peek'), rec(cet(6, 15, 30), 'held')];
    const w = buildWeek(input({ interruptions: recs2, blocks: [running, block] }), WEEK, BERLIN, cet(6, 15, 10));
    expect(w.blocks).toEqual([
      {
        id: block.id,
        start: cet(5, 9),
        end: cet(5, 11),
        running: false,
        strict: false,
        origin: 'schedule',
        held: 1,
        reached: 1,
        peeks: 0,
      },
      {
        id: running.id,
        start: cet(6, 14),
        end: cet(6, 15, 10),
        running: true,
        strict: true,
        origin: 'manual',
        held: 1,
        reached: 0,
        peeks: 1,
      },
    ]);
  });
});

describe('hasRate', () => {
  it('needs 30 minutes and 3 breaks, as the popup does', () => {
    const f = (reached: number, peeks: number) => ({
      reached,
      held: 5,
      peeks,
      meanStretchMinutes: reached + peeks > 0 ? 10 : null,
      longestStretchMinutes: 10,
    });
    expect(hasRate(30, f(2, 1))).toBe(true);
    expect(hasRate(29.9, f(2, 1))).toBe(false);
    expect(hasRate(300, f(2, 0))).toBe(false);
    expect(hasRate(300, f(0, 0))).toBe(false);
  });
});
