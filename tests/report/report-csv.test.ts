import { describe, expect, it } from 'vitest';
import { APP_HEADER, csvField, DAY_HEADER, reportAppName, weekToCsv } from '@/utils/report-csv';
import type { WeekReport } from '@/utils/week';
import type { WorkdayFigures } from '@/utils/workday';

function figures(over: Partial<WorkdayFigures> = {}, focus: Partial<WorkdayFigures['focus']> = {}): WorkdayFigures {
  return {
    presentMinutes: 0,
    reached: 0,
    held: 0,
    peeks: 0,
    meanStretchMinutes: null,
    longestStretchMinutes: null,
    ...over,
    focus: {
      minutes: 0,
      reached: 0,
      held: 0,
      peeks: 0,
      meanStretchMinutes: null,
      longestStretchMinutes: null,
      ...focus,
    },
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
      state: i < 5 ? 'shown' : 'future',
      work:
        i < 5
          ? figures(
              {
                presentMinutes: 100 * i,
                held: i,
                reached: 2 * i,
                peeks: 1,
                longestStretchMinutes: i ? 30 * i : null,
                meanStretchMinutes: i ? 37.25 : null,
              },
              { minutes: 10 * i, held: i, reached: 1, meanStretchMinutes: i ? 10 * i : null },
            )
          : null,
    })),
    total: figures(
      {
        presentMinutes: 1000.04,
        held: 10,
        reached: 20,
        peeks: 5,
        longestStretchMinutes: 112,
        meanStretchMinutes: 40.0016,
      },
      { minutes: 100, held: 10, reached: 5, peeks: 0, meanStretchMinutes: 20, longestStretchMinutes: 41.26 },
    ),
    empty: false,
    perApp: [
      { appId: 'slack', held: 15, reached: 30, breakthroughs: 2, peeks: 3, messages: 50 },
      { appId: 'custom:https://chat.example.org:8443', held: 6, reached: 12, breakthroughs: 1, peeks: 1, messages: 18 },
    ],
    heatmap: dates.map(() => new Array(24).fill(0)),
    blocks: [],
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
    // Day rows, in order, with minutes to one decimal, an empty cell for "none", empty future days.
    expect(lines[1]).toBe('2026-11-23,0,0,0,0,1,,,,1,0,0,');
    expect(lines[4]).toBe('2026-11-26,300,30,6,3,1,90,37.3,30,1,3,0,');
    expect(lines[6]).toBe('2026-11-28,,,,,,,,,,,,');
    expect(lines[8]).toBe('total,1000,100,20,10,5,112,40,20,5,10,0,41.3');
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
    expect(lines.slice(0, 9).every((l) => l.split(',').length === DAY_HEADER.length)).toBe(true);
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
