import { describe, expect, it } from 'vitest';
import { formatCountdown, parseLocalInput, toLocalInputValue } from '@/components/popup/clock';
import { parseMinutes } from '@/components/popup/minutes';

describe('formatCountdown', () => {
  it.each([
    [25 * 60_000, '25:00'],
    [25 * 60_000 - 1, '25:00'],
    [25 * 60_000 - 1000, '24:59'],
    [59_001, '1:00'],
    [999, '0:01'],
    [0, '0:00'],
    [-5000, '0:00'],
    [3600_000, '1:00:00'],
    [3600_000 + 5 * 60_000 + 9_000, '1:05:09'],
    [12 * 3600_000, '12:00:00'],
  ])('%d ms → %s', (ms, face) => {
    expect(formatCountdown(ms)).toBe(face);
  });
});

describe('datetime-local values', () => {
  it('round-trips a local wall-clock time', () => {
    const ms = new Date(2025, 9, 26, 1, 30).getTime();
    expect(toLocalInputValue(ms)).toBe('2025-10-26T01:30');
    expect(parseLocalInput('2025-10-26T01:30')).toBe(ms);
  });

  it.each(['', '2025-10-26', 'tomorrow', '2025-13-01T09:00', '2025-10-26 09:00'])('rejects %j', (value) => {
    expect(parseLocalInput(value)).toBeNull();
  });
});

describe('parseMinutes', () => {
  it.each([
    ['25', 25],
    [' 90 ', 90],
    ['1', 1],
    ['720', 720],
    ['0', null],
    ['721', null],
    ['-5', null],
    ['1.5', null],
    ['1e2', null],
    ['', null],
    ['abc', null],
  ])('%j → %s', (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });
});
