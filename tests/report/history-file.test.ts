import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_RECORDS, parseHistoryFile, serializeHistory } from '@/utils/history-file';
import { say } from '@/utils/wording';
import { english, inEnglish } from '../locale-messages';
import { block, interruption } from './fixtures';

const T0 = Date.UTC(2026, 10, 23, 9);

/** A valid file with `n` interruptions and one block, as a plain object to break on purpose. */
function validFile(n = 3) {
  const b = block(T0, T0 + 3_600_000);
  const list = Array.from({ length: n }, (_, i) =>
    interruption(T0 + i * 60_000, { kind: 'held', blockId: b.id, text: { title: 'Ann', body: 'hi' } }),
  );
  return JSON.parse(serializeHistory(list, [b], T0 + 7_200_000));
}

/** Parses `file` after `mutate` changed it, and returns the error text. */
function errorOf(mutate: (file: ReturnType<typeof validFile>) => void): string {
  const file = validFile();
  mutate(file);
  const result = parseHistoryFile(JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  return say(english, result.error);
}

describe('serializeHistory / parseHistoryFile', () => {
  it('round-trips every record unchanged', () => {
    const b = block(T0, T0 + 3_000_000, { endedAt: null, origin: 'manual', strict: true });
    const list = [
      interruption(T0 + 1, { kind: 'held', blockId: b.id, text: { title: 'x "y"', body: 'é\n,' }, state: 'pending' }),
      interruption(T0 + 2, { kind: 'peek', messages: 0, signals: [], tabId: null, offsetMin: -300 }),
    ];
    const text = serializeHistory(list, [b], 42);
    const header = JSON.parse(text);
    expect(header.format).toBe('heads-down-history');
    expect(header.version).toBe(2);
    expect(header.exportedAt).toBe(42);
    expect(parseHistoryFile(text)).toEqual({ ok: true, interruptions: list, blocks: [b], workHours: null, away: [] });
  });

  it('carries working hours and away time (version 2), and still reads version 1 files', () => {
    const workHours = [{ days: ['mon' as const, 'tue' as const], start: '08:30', end: '17:30', zone: 'Europe/Berlin' }];
    const away = [
      { start: T0 + 60_000, end: T0 + 120_000 },
      { start: T0, end: T0 + 30_000 },
    ];
    const text = serializeHistory([], [], 1, { workHours, away });
    expect(parseHistoryFile(text)).toEqual({ ok: true, interruptions: [], blocks: [], workHours, away });
    const v1 = JSON.stringify({
      format: 'heads-down-history',
      version: 1,
      exportedAt: 0,
      interruptions: [],
      blocks: [],
    });
    expect(parseHistoryFile(v1)).toEqual({ ok: true, interruptions: [], blocks: [], workHours: null, away: [] });
    // Extra top-level fields (a week export's figures) are ignored.
    expect(parseHistoryFile(serializeHistory([], [], 1, {}, { week: { days: [] } })).ok).toBe(true);
  });

  it('accepts the optional fields of newer records and older records without them', () => {
    const b = block(T0, T0 + 60_000, { lastBatchAt: T0 + 30_000 });
    const withTally = interruption(T0 + 5, { tally: { notification: 1, rise: 3 } });
    const older = interruption(T0 + 6);
    const text = serializeHistory([withTally, older], [b, block(T0 + 1, T0 + 2)], 0);
    const result = parseHistoryFile(text);
    expect(result.ok && result.interruptions[0]?.tally).toEqual({ notification: 1, rise: 3 });
    expect(result.ok && 'tally' in (result.interruptions[1] ?? {})).toBe(false);
    expect(result.ok && result.blocks[0]?.lastBatchAt).toBe(T0 + 30_000);
  });

  it('drops fields the schema does not know', () => {
    const file = validFile(1);
    file.interruptions[0].evil = '<script>';
    file.interruptions[0].text.extra = 1;
    const result = parseHistoryFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.interruptions[0]).not.toHaveProperty('evil');
      expect(result.interruptions[0]?.text).toEqual({ title: 'Ann', body: 'hi' });
    }
  });

  it.each<[string, (f: ReturnType<typeof validFile>) => void, string]>([
    [
      'at not a number',
      (f) => (f.interruptions[1].at = '2026-11-23'),
      "Interruption record 2: 'at' must be a time in milliseconds.",
    ],
    ['at negative', (f) => (f.interruptions[0].at = -5), "Interruption record 1: 'at' must be a time in milliseconds."],
    ['lastAt missing', (f) => delete f.interruptions[2].lastAt, "Interruption record 3: 'lastAt' is missing."],
    [
      'lastAt before at',
      (f) => (f.interruptions[0].lastAt = f.interruptions[0].at - 1),
      "Interruption record 1: 'lastAt' must not be before 'at'.",
    ],
    [
      'kind unknown',
      (f) => (f.interruptions[0].kind = 'spam'),
      `Interruption record 1: 'kind' must be one of "delivered", "held", "breakthrough", "peek".`,
    ],
    [
      'state unknown',
      (f) => (f.interruptions[0].state = 'new'),
      `Interruption record 1: 'state' must be one of "pending", "released", "opened", "dismissed".`,
    ],
    [
      'offset out of range',
      (f) => (f.interruptions[0].offsetMin = 2000),
      "Interruption record 1: 'offsetMin' must be a whole number from -840 to 840.",
    ],
    [
      'messages fractional',
      (f) => (f.interruptions[0].messages = 1.5),
      "Interruption record 1: 'messages' must be a whole number from 0 to 1000000.",
    ],
    [
      'signal unknown',
      (f) => (f.interruptions[0].signals = ['title', 'vibrate']),
      "Interruption record 1: 'signals' must be a list of signal kinds (notification, title, favicon, sound).",
    ],
    [
      'empty id',
      (f) => (f.interruptions[0].id = ''),
      "Interruption record 1: 'id' must be a text id of 1 to 200 characters.",
    ],
    [
      'duplicate id',
      (f) => (f.interruptions[2].id = f.interruptions[0].id),
      `Interruption record 3: id "${'ID'}" appears twice.`,
    ],
    [
      'appId not text',
      (f) => (f.interruptions[0].appId = 7),
      "Interruption record 1: 'appId' must be an app id of 1 to 300 characters.",
    ],
    [
      'text body not text',
      (f) => (f.interruptions[0].text = { title: 'a', body: 3 }),
      "Interruption record 1: 'text' must be null or {title, body} texts of at most 10000 characters.",
    ],
    [
      'blockId number',
      (f) => (f.interruptions[0].blockId = 5),
      "Interruption record 1: 'blockId' must be a text id of 1 to 200 characters or null.",
    ],
    ['record not object', (f) => (f.interruptions[1] = 'hello'), 'Interruption record 2: must be an object.'],
    [
      'tally negative',
      (f) => (f.interruptions[1].tally = { notification: -1, rise: 0 }),
      "Interruption record 2: 'tally' must be {notification, rise} whole numbers of at least 0.",
    ],
    [
      'batch time bad',
      (f) => (f.blocks[0].lastBatchAt = 'soon'),
      "Block record 1: 'lastBatchAt' must be a time in milliseconds.",
    ],
    [
      'block end before start',
      (f) => (f.blocks[0].end = f.blocks[0].start - 1),
      "Block record 1: 'end' must not be before 'start'.",
    ],
    [
      'block endedAt infinite',
      (f) => (f.blocks[0].endedAt = '∞'),
      "Block record 1: 'endedAt' must be a time in milliseconds or null.",
    ],
    [
      'block origin',
      (f) => (f.blocks[0].origin = 'calendar'),
      `Block record 1: 'origin' must be one of "schedule", "manual".`,
    ],
    ['block strict', (f) => (f.blocks[0].strict = 'yes'), "Block record 1: 'strict' must be true or false."],
    [
      'wrong format',
      (f) => (f.format = 'heads-down-schedule'),
      `'format' must be "heads-down-history"; this is not a Heads Down history.`,
    ],
    [
      'wrong version',
      (f) => (f.version = 3),
      "'version' 3 is not supported; this Heads Down reads history files up to version 2.",
    ],
    ['away not a list', (f) => (f.away = {}), "'away' must be a list."],
    [
      'away span backwards',
      (f) => (f.away = [{ start: 5, end: 5 }]),
      "Away record 1: must be {start, end} times in milliseconds with 'end' after 'start'.",
    ],
    [
      'bad working hours',
      (f) => (f.workHours = [{ days: ['mon'], start: '25:00', end: '17:00', zone: 'local' }]),
      "'workHours' is not a valid list of working hours: rule 1: ERR",
    ],
    ['interruptions missing', (f) => delete f.interruptions, "'interruptions' must be a list."],
    ['blocks not a list', (f) => (f.blocks = {}), "'blocks' must be a list."],
  ])('refuses %s with its exact message', (_name, mutate, expected) => {
    let id = '';
    const error = errorOf((f) => {
      mutate(f);
      id = f.interruptions?.[0]?.id ?? '';
    });
    if (expected.endsWith('ERR')) expect(error.startsWith(expected.slice(0, -3))).toBe(true);
    else expect(error).toBe(expected.replace('ID', id));
  });

  it('refuses text that is not JSON or not an object', () => {
    const notJson = parseHistoryFile('{"format": ');
    expect(notJson.ok === false && say(english, notJson.error).startsWith('The file is not valid JSON (')).toBe(true);
    expect(inEnglish(parseHistoryFile('[1,2]'))).toEqual({ ok: false, error: 'The file must hold a JSON object.' });
    expect(inEnglish(parseHistoryFile('null'))).toEqual({ ok: false, error: 'The file must hold a JSON object.' });
  });

  it('refuses files over 50 MB before parsing them', () => {
    const big = `${' '.repeat(50 * 1024 * 1024)}{}`;
    expect(inEnglish(parseHistoryFile(big))).toEqual({
      ok: false,
      error: 'The file is larger than 50 MB; it is not a Heads Down history.',
    });
  });

  it('refuses more records than the limit, counting both kinds', () => {
    const tooMany = MAX_HISTORY_RECORDS + 1;
    // Zeros keep the text small: the count is checked before any record is.
    const text = `{"format":"heads-down-history","version":1,"exportedAt":0,"interruptions":[${'0,'.repeat(tooMany - 2)}0],"blocks":[0]}`;
    expect(inEnglish(parseHistoryFile(text))).toEqual({
      ok: false,
      error: `The file holds ${tooMany} records; at most ${MAX_HISTORY_RECORDS} can be imported.`,
    });
  });
});
