import { describe, expect, it, vi } from 'vitest';
import { durationText, POPUP_BASELINE_MINUTES, ratioText } from '@/components/popup/sentences';
import { formatDuration } from '@/utils/format';
import { BASELINE_MINUTES } from '@/utils/stats';

vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));

const MIN = 60_000;

describe('popup sentences', () => {
  it('uses the same baseline as the statistics', () => {
    expect(POPUP_BASELINE_MINUTES).toBe(BASELINE_MINUTES);
  });

  it.each([
    [0, 'under a minute'],
    [29_000, 'under a minute'],
    [31_000, '1 min'],
    [47 * MIN, '47 min'],
    [59 * MIN + 29_000, '59 min'],
    [59 * MIN + 31_000, '1 h'],
    [112 * MIN, '1 h 52 min'],
    [Number.NaN, 'under a minute'],
  ])('duration %d ms reads %j', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });

  it('agrees with the shared English formatter from a minute up', () => {
    for (const ms of [MIN, 7 * MIN, 61 * MIN, 120 * MIN, 605 * MIN + 20_000])
      expect(durationText(ms)).toBe(formatDuration(ms));
  });

  it.each([
    [37 / 11, '3.4×'],
    [2, '2×'],
    [12.6, '13×'],
    [0.45, '0.45×'],
    [0.5, '0.5×'],
  ])('ratio %d reads %j', (ratio, text) => {
    expect(ratioText(ratio)).toBe(text);
  });
});
