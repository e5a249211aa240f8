import { describe, expect, it } from 'vitest';
import { APP_HEADER, csvField, DAY_HEADER, reportAppName, weekToCsv } from '@/utils/report-csv';
import type { RangeStats } from '@/utils/stats';
import type { WeekReport } from '@/utils/week';

const MIN = 60_000;

function stats(over: Partial<RangeStats> = {}): RangeStats {
  return {
    from: 0,
    to: 0,
    reached: 0,
    held: 0,
    breakthroughs: 0,
    peeks: 0,
    messagesHeld: 0,
    focusMinutes: 0,
    longestStretchMs: 0,
    meanBetweenMs: null,
    unguardedMeanBetweenMs: null,
    baselineRatio: null,
    ...over,
  };
}

/** A hand-made week: the CSV must only copy its figures, so they need not be consistent. */
function week(): WeekReport {
  const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
  return {
    start: 0,
    end: 0,
    zone: 'Europe/Berlin',
    days: dates.map((date, i) => ({
      date,
      start: i,
      end: i + 1,
      stats: stats({
        held: i,
        reached: 2 * i,
        focusMinutes: 10 * i,
        longestStretchMs: i * 30 * MIN,
        meanBetweenMs: i ? 37.25 * MIN : null,
      }),
    })),
    total: stats({
      held: 21,
      reached: 42,
      breakthroughs: 3,
      peeks: 4,
      messagesHeld: 30,
      focusMinutes: 210.04,
      longestStretchMs: 112 * MIN,
      meanBetweenMs: 20 * MIN,
    }),
    perApp: [
      { appId: 'slack', held: 15, reached: 30, breakthroughs: 2, peeks: 3, messages: 50 },
      { appId: 'custom:https://chat.example.org:8443', held: 6, reached: 12, breakthroughs: 1, peeks: 1, messages: 18 },
    ],
    heatmap: dates.map(() => new Array(24).fill(0)),
    quietest: null,
    blocksCount: 7,
  };
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1+2', "'-1+2"],
    ['@home', "'@home"],
    [12.5, '12.5'],
    [-3, '-3'],
    [null, ''],
  ])('%j → %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('weekToCsv', () => {
  it('writes a day table with a total row, an empty line, then an app table, CRLF throughout', () => {
    const w = week();
    const csv = weekToCsv(w, (id) => (id === 'slack' ? 'Slack, Inc "chat"' : reportAppName(id)));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(DAY_HEADER.join(','));
    expect(lines).toHaveLength(1 + 7 + 1 + 1 + 1 + 2 + 1);
    // Day rows, in order, with minutes to one decimal and an empty cell for "no mean".
    expect(lines[1]).toBe('2026-11-23,0,0,0,0,0,0,0,');
    expect(lines[4]).toBe('2026-11-26,30,3,6,0,0,0,90,37.3');
    expect(lines[8]).toBe('total,210,21,42,3,4,30,112,20');
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe(APP_HEADER.join(','));
    expect(lines[11]).toBe('slack,"Slack, Inc ""chat""",15,30,2,3,50');
    expect(lines[12]).toBe('custom:https://chat.example.org:8443,chat.example.org:8443,6,12,1,1,18');
    expect(lines[13]).toBe('');
  });

  it('keeps every column for an empty week', () => {
    const w = week();
    w.perApp = [];
    const lines = weekToCsv(w).split('\r\n');
    expect(lines.slice(0, 8).every((l) => l.split(',').length === DAY_HEADER.length)).toBe(true);
    expect(lines.at(-2)).toBe(APP_HEADER.join(','));
  });
});

describe('reportAppName', () => {
  it('names catalog apps, shows the host of custom sites and keeps unknown ids', () => {
    expect(reportAppName('gmail')).toBe('Gmail');
    expect(reportAppName('custom:https://mm.example.com')).toBe('mm.example.com');
    expect(reportAppName('custom:nonsense')).toBe('custom:nonsense');
    expect(reportAppName('retired-app')).toBe('retired-app');
  });
});
