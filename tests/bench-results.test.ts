/** The bench's verdicts: which limits pass, how they read, and when `npm run bench` exits 1. */
import { describe, expect, it } from 'vitest';
import { alarmsPerHour } from '../bench/measure';
import { type Figure, limitText, pass, table, verdictOf } from '../bench/results';

const fig = (over: Partial<Figure>): Figure => ({ n: 1, id: 'x', value: 0, unit: 'bytes', how: '', ...over });

describe('bench limits', () => {
  it('passes a value within the limit and fails one above it or below a minimum', () => {
    expect(pass(fig({ value: 5120, limit: { max: 5120 } }))).toBe(true);
    expect(pass(fig({ value: 5121, limit: { max: 5120 } }))).toBe(false);
    expect(pass(fig({ value: 0, limit: { min: 1, max: 1 } }))).toBe(false);
    expect(pass(fig({ value: 1, limit: { min: 1, max: 1 } }))).toBe(true);
  });

  it('has no verdict without a limit or without a value', () => {
    expect(pass(fig({ value: 1.4 }))).toBeNull();
    expect(pass(fig({ value: null, limit: { max: 0 } }))).toBeNull();
  });

  it('writes limits as the README does', () => {
    expect(limitText({ max: 8192 })).toBe('≤ 8,192');
    expect(limitText({ min: 1, max: 1 })).toBe('= 1');
    expect(limitText(undefined)).toBe('—');
  });

  it('exits 1 only for a missed hard limit or a figure not measured', () => {
    const soft = fig({ id: 'popup_js_gz_bytes', value: 9000, limit: { max: 8192 } });
    const hard = fig({ id: 'leaked_titles', value: 1, limit: { max: 0 }, hard: true });
    const missing = fig({ id: 'report_year_ms', value: null, limit: { max: 100 } });
    expect(verdictOf([soft])).toEqual({ exitCode: 0, missed: ['popup_js_gz_bytes'], notMeasured: [] });
    expect(verdictOf([soft, hard]).exitCode).toBe(1);
    expect(verdictOf([missing])).toEqual({ exitCode: 1, missed: [], notMeasured: ['report_year_ms'] });
  });

  it('shows each figure’s limit and result in the table', () => {
    const text = table([
      fig({ id: 'popup_js_gz_bytes', value: 9000, limit: { max: 8192 } }),
      fig({ id: 'leaked_titles', value: 1, limit: { max: 0 }, hard: true }),
      fig({ id: 'watched_load_ratio', value: 1.05, unit: 'ratio', limit: { max: 1.1 } }),
    ]);
    expect(text).toMatch(/popup_js_gz_bytes\s+9,000\s+bytes\s+≤ 8,192\s+MISSED/);
    expect(text).toMatch(/leaked_titles\s+1\s+bytes\s+≤ 0\s+FAIL/);
    expect(text).toMatch(/watched_load_ratio\s+1\.05\s+ratio\s+≤ 1\.1\s+pass/);
  });
});

describe('idle alarms per hour', () => {
  const now = 1_000_000;
  it('counts a repeating alarm by its period and a one-off one only when due within the hour', () => {
    expect(alarmsPerHour([], now)).toBe(0);
    expect(alarmsPerHour([{ name: 'tick', scheduledTime: now + 10_000, periodInMinutes: 1 / 6 }], now)).toBeCloseTo(
      360,
    );
    expect(alarmsPerHour([{ name: 'boundary', scheduledTime: now + 59 * 60_000 }], now)).toBe(1);
    expect(alarmsPerHour([{ name: 'boundary', scheduledTime: now + 61 * 60_000 }], now)).toBe(0);
  });
});
