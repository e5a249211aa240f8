import { describe, expect, it } from 'vitest';
import type { Interruption, InterruptionKind } from '@/utils/model';
import type { Interval } from '@/utils/stats';
import { buildWeek, suggestQuietWindows, summarySentence, weekStart } from '@/utils/week';

const H = 3_600_000;
const MIN = 60_000;
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

describe('buildWeek: days from local midnights', () => {
  it.each<[string, string, number, string, number, number]>([
    // zone, week start (local Monday midnight), the DST Sunday, its length, the week's end
    ['New York spring forward', NY, Date.UTC(2026, 2, 2, 5), '2026-03-08', 23, Date.UTC(2026, 2, 9, 4)],
    ['New York fall back', NY, Date.UTC(2026, 9, 26, 4), '2026-11-01', 25, Date.UTC(2026, 10, 2, 5)],
    ['Berlin spring forward', BERLIN, Date.UTC(2026, 2, 22, 23), '2026-03-29', 23, Date.UTC(2026, 2, 29, 22)],
  ])('%s', (_name, zone, start, sunday, hours, end) => {
    const w = buildWeek([], [], start, zone, end + H);
    expect(w.days).toHaveLength(7);
    expect(w.days.map((d) => (d.end - d.start) / H)).toEqual([24, 24, 24, 24, 24, 24, hours]);
    expect([w.days[6]!.date, w.start, w.end]).toEqual([sunday, start, end]);
    for (let i = 1; i < 7; i++) expect(w.days[i]!.start).toBe(w.days[i - 1]!.end);
  });

  it('the heatmap reads local hours on the spring-forward day (no 02:00)', () => {
    // 01:30 EST = 06:30Z; 03:30 EDT = 07:30Z. A block 01:00 EST → 04:00 EDT lasts 2 real hours.
    const recs = [rec(Date.UTC(2026, 2, 8, 6, 30), 'held'), rec(Date.UTC(2026, 2, 8, 7, 30), 'held')];
    const blocks = [{ start: Date.UTC(2026, 2, 8, 6), end: Date.UTC(2026, 2, 8, 8) }];
    const w = buildWeek(recs, blocks, Date.UTC(2026, 2, 2, 5), NY, Date.UTC(2026, 2, 20));
    expect(w.heatmap[6]!.slice(0, 5)).toEqual([0, 1, 0, 1, 0]);
    expect(w.days[6]!.stats.focusMinutes).toBe(120);
  });

  it('the heatmap counts both 01:30s of the fall-back day in hour 1', () => {
    // 01:30 EDT = 05:30Z, 01:30 EST = 06:30Z
    const recs = [rec(Date.UTC(2026, 10, 1, 5, 30), 'delivered'), rec(Date.UTC(2026, 10, 1, 6, 30), 'delivered')];
    const w = buildWeek(recs, [], Date.UTC(2026, 9, 26, 4), NY, Date.UTC(2026, 10, 20));
    expect(w.heatmap[6]![1]).toBe(2);
    expect(w.days[6]!.stats.reached).toBe(2);
  });

  it('a block crossing midnight is split between the days, whole in the total', () => {
    const blocks = [{ start: cet(6, 22), end: cet(7, 2) }]; // Tue 22:00 → Wed 02:00
    const w = buildWeek([rec(cet(7, 0, 30), 'delivered')], blocks, WEEK, BERLIN, AFTER);
    const [tue, wed] = [w.days[1]!.stats, w.days[2]!.stats];
    expect([tue.focusMinutes, tue.longestStretchMs, tue.meanBetweenMs]).toEqual([120, 120 * MIN, null]);
    expect([wed.focusMinutes, wed.longestStretchMs, wed.meanBetweenMs]).toEqual([120, 90 * MIN, 120 * MIN]);
    expect([w.total.focusMinutes, w.total.longestStretchMs, w.total.meanBetweenMs]).toEqual([
      240,
      150 * MIN,
      240 * MIN,
    ]);
    expect(w.blocksCount).toBe(1);
    for (const day of [...w.days.map((d) => d.stats), w.total]) {
      for (const v of Object.values(day)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }
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
    const w = buildWeek(recs, [], WEEK, BERLIN, AFTER);
    expect(w.perApp).toEqual([
      { appId: 'slack', held: 2, reached: 0, breakthroughs: 0, peeks: 1, messages: 3 },
      { appId: 'gmail', held: 1, reached: 1, breakthroughs: 0, peeks: 0, messages: 5 },
      { appId: 'teams', held: 0, reached: 1, breakthroughs: 1, peeks: 0, messages: 1 },
    ]);
    expect(w.heatmap[0]![9]).toBe(2);
    expect(w.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('quietest window', () => {
  it('is the working-day 2-hour window with fewest arrivals', () => {
    const recs: Interruption[] = [];
    for (let d = 5; d <= 9; d++) {
      for (let h = 8; h < 18; h++) if (!(d === 6 && (h === 14 || h === 15))) recs.push(rec(cet(d, h, 15), 'held'));
    }
    recs.push(rec(cet(10, 3), 'held')); // Saturday night: not a working window
    const w = buildWeek(recs, [], WEEK, BERLIN, AFTER);
    expect(w.quietest).toEqual({ day: 1, hour: 14 });
    expect(summarySentence(w, (id) => id)).toContain('Tuesday 14:00–16:00 was the quietest');
  });

  it('only counts windows that are over', () => {
    const w = buildWeek([rec(cet(5, 8, 30), 'held')], [], WEEK, BERLIN, cet(5, 11));
    expect(w.quietest).toEqual({ day: 0, hour: 9 });
  });

  it('is null in an empty week', () => {
    expect(buildWeek([], [], WEEK, BERLIN, AFTER).quietest).toBeNull();
  });
});

describe('summarySentence', () => {
  it('says the week in plain words', () => {
    const blocks: Interval[] = [
      { start: cet(5, 9), end: cet(5, 10, 30) },
      { start: cet(6, 14), end: cet(6, 16) },
    ];
    const recs = [
      rec(cet(5, 9, 10), 'held'),
      rec(cet(5, 9, 20), 'held'),
      rec(cet(5, 9, 40), 'held'),
      rec(cet(5, 12), 'delivered', 'gmail'),
      rec(cet(6, 15), 'peek'),
    ];
    const w = buildWeek(recs, blocks, WEEK, BERLIN, AFTER);
    // focus 90 + 120 = 210 min; longest stretch 90 min (held ones do not break it): 90 / 11 = 8.18…
    // heatmap: Mon 09 ×3, Mon 12 ×1 → first empty window Mon 10:00–12:00
    expect(summarySentence(w, (id) => ({ slack: 'Slack', gmail: 'Gmail' })[id] ?? id)).toBe(
      'You focused 3 h 30 min in 2 blocks; 3 interruptions were held and 1 reached you; you peeked once; ' +
        'most came from Slack; your longest stretch, 1 h 30 min, was 8.2× the baseline; Monday 10:00–12:00 was the quietest.',
    );
  });

  it('names the app most arrivals came from, and says when nothing was held', () => {
    // Slack: 3 peeks, 1 delivered; Gmail: 2 delivered. Gmail brought more interruptions.
    const recs = [
      ...[1, 2, 3].map((h) => rec(cet(5, 8 + h), 'peek')),
      rec(cet(5, 13), 'delivered'),
      rec(cet(5, 14), 'delivered', 'gmail'),
      rec(cet(5, 15), 'delivered', 'gmail'),
    ];
    const text = summarySentence(buildWeek(recs, [], WEEK, BERLIN, AFTER), (id) => id);
    expect(text).toContain('You had no focus time; no interruptions were held and 3 reached you; you peeked 3 times');
    expect(text).toContain('most came from gmail');
  });

  it('says something sensible about an empty week', () => {
    expect(summarySentence(buildWeek([], [], WEEK, BERLIN, AFTER), (id) => id)).toMatch(/^Nothing recorded this week/);
  });

  it('uses the singular', () => {
    const w = buildWeek(
      [rec(cet(5, 9, 10), 'held')],
      [{ start: cet(5, 9), end: cet(5, 9, 30) }],
      WEEK,
      BERLIN,
      cet(5, 9, 45),
    );
    expect(summarySentence(w, (id) => id)).toBe(
      'You focused 30 min in 1 block; 1 interruption was held and none reached you; your longest stretch, 30 min, was 2.7× the baseline.',
    );
  });
});

describe('suggestQuietWindows', () => {
  const now = cet(33, 0); // Monday 2026-02-02 00:00 CET: the four weeks before start on Monday 5 January

  it('finds the quietest working-day windows of the last four weeks, never overlapping', () => {
    const recs: Interruption[] = [];
    for (let week = 0; week < 4; week++) {
      for (let d = 5; d <= 9; d++) {
        for (let h = 8; h < 18; h++) {
          const day = d + 7 * week;
          const wed = d === 7 && (h === 10 || h === 11);
          const thu = d === 8 && (h === 8 || h === 9);
          recs.push(rec(cet(day, h, 15), wed || thu ? 'peek' : 'held'));
        }
      }
    }
    recs.push(rec(Date.UTC(2025, 11, 31, 9, 15), 'held')); // a Wednesday 10:15 five weeks back: too old
    // Zero windows: Wed 10–12 and Thu 08–10. Next best (4) all overlap those; then Mon 08–10 (8).
    expect(suggestQuietWindows(recs, now, BERLIN)).toEqual([
      { weekday: 3, startHour: 10 },
      { weekday: 4, startHour: 8 },
      { weekday: 1, startHour: 8 },
    ]);
    expect(suggestQuietWindows(recs, now, BERLIN, 1)).toEqual([{ weekday: 3, startHour: 10 }]);
  });

  it('with no history, earliest first', () => {
    expect(suggestQuietWindows([], now, BERLIN)).toEqual([
      { weekday: 1, startHour: 8 },
      { weekday: 1, startHour: 10 },
      { weekday: 1, startHour: 12 },
    ]);
  });
});
