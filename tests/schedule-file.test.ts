/** Schedule file import/export: every kind of mistake is caught and named by rule and field. */
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/utils/locale-keys';
import { parseScheduleFile, problemsText, serializeScheduleFile, validateSchedule } from '@/utils/schedule-file';
import { getMessage, messagesOf } from './locale-messages';

/** The problems in English, as the extension words them. */
const english = {
  t: (key: MessageKey, ...args: Array<string | number>) => getMessage(messagesOf('en'), key, args.map(String)),
};

const rule = (over: Record<string, unknown> = {}) => ({
  days: ['mon', 'tue'],
  start: '09:00',
  end: '11:00',
  zone: 'Europe/Berlin',
  ...over,
});
const fileWith = (...rules: unknown[]) => ({ format: 'heads-down-schedule', version: 1, rules });

function errorOf(value: unknown): string {
  const r = validateSchedule(value);
  if (r.ok) throw new Error('expected a validation error');
  return problemsText(r.problems, english);
}

describe('validateSchedule', () => {
  it('accepts a good file, including local, midnight crossing and an empty rule list', () => {
    const good = fileWith(rule(), rule({ zone: 'local', start: '22:00', end: '02:00', days: ['sun'] }));
    const r = validateSchedule(good);
    expect(r).toEqual({ ok: true, file: good });
    expect(validateSchedule(fileWith()).ok).toBe(true);
  });

  it.each([
    ['not an object', [1, 2], 'must contain a JSON object'],
    ['unknown format', { ...fileWith(), format: 'other' }, '"format" is "other"'],
    ['unknown version', { ...fileWith(), version: 2 }, 'only version 1'],
    ['rules not a list', { ...fileWith(), rules: {} }, '"rules" must be a list'],
    ['extra top-level field', { ...fileWith(), owner: 'me' }, 'unknown field "owner"'],
    ['rule not an object', fileWith('x'), 'rule 1: it must be an object'],
    ['extra rule field', fileWith(rule(), rule({ note: 'hi' })), 'rule 2: unknown field "note"'],
    ['missing field', fileWith({ days: ['mon'], start: '09:00', end: '10:00' }), 'rule 1: "zone" is missing'],
    ['days not a list', fileWith(rule({ days: 'mon' })), 'rule 1: "days" must be a list'],
    ['empty days', fileWith(rule({ days: [] })), 'rule 1: "days" is empty'],
    ['capitalised day', fileWith(rule({ days: ['mon', 'Tue'] })), 'rule 1: days[1] is "Tue", not a day name'],
    ['long day name', fileWith(rule({ days: ['monday'] })), 'days[0] is "monday"'],
    ['number as day', fileWith(rule({ days: [1] })), 'days[0] is 1'],
    ['duplicate day', fileWith(rule({ days: ['mon', 'mon'] })), 'rule 1: "days" lists "mon" twice'],
    ['hour 24', fileWith(rule({ end: '24:00' })), 'rule 1: "end" is "24:00", not a time'],
    ['one-digit hour', fileWith(rule({ start: '9:00' })), 'rule 1: "start" is "9:00"'],
    ['time as number', fileWith(rule({ start: 900 })), 'rule 1: "start" must be a time written "HH:MM", not 900'],
    [
      'start equals end',
      fileWith(rule({ start: '10:00', end: '10:00' })),
      'rule 1: a rule must not start and end at the same time',
    ],
    [
      'unknown zone',
      fileWith(rule(), rule(), rule({ zone: 'Europe/Atlantis' })),
      'rule 3: "zone" is "Europe/Atlantis", not a known time zone',
    ],
    ['zone not a string', fileWith(rule({ zone: null })), 'rule 1: "zone" must be a time zone name, not null'],
  ])('rejects %s', (_name, value, message) => {
    expect(errorOf(value)).toContain(message);
  });

  it('caps the number of rules at 50', () => {
    expect(validateSchedule(fileWith(...Array.from({ length: 50 }, () => rule()))).ok).toBe(true);
    expect(errorOf(fileWith(...Array.from({ length: 51 }, () => rule())))).toContain('51 rules is too many');
  });

  it('lists several problems at once, naming each rule', () => {
    const e = errorOf(fileWith(rule({ start: '25:00' }), rule({ days: ['xyz'] })));
    expect(e).toContain('rule 1: "start"');
    expect(e).toContain('rule 2: days[0]');
  });
});

describe('parseScheduleFile and serializeScheduleFile', () => {
  it('rejects text that is not JSON', () => {
    const r = parseScheduleFile('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemsText(r.problems, english)).toContain('not valid JSON');
  });

  it('rejects files over 100 KB before parsing', () => {
    const big = JSON.stringify({ ...fileWith(), pad: 'x'.repeat(100 * 1024) });
    const r = parseScheduleFile(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemsText(r.problems, english)).toContain('at most 100 KB');
  });

  it('round-trips: serialize then parse gives the same file', () => {
    const file = {
      format: 'heads-down-schedule' as const,
      version: 1 as const,
      rules: [{ days: ['fri' as const], start: '22:00', end: '01:30', zone: 'Pacific/Chatham' }],
    };
    const text = serializeScheduleFile(file);
    expect(text).toContain('\n  "rules": [');
    expect(text.endsWith('\n')).toBe(true);
    expect(parseScheduleFile(text)).toEqual({ ok: true, file });
  });
});
