import { describe, expect, it, vi } from 'vitest';
import { directionKey, durationText } from '@/components/popup/sentences';

vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));

const MIN = 60_000;

describe('popup sentences', () => {
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
    expect(durationText(ms / MIN)).toBe(text);
  });

  it.each([
    [10.4, 'popup_shorter'],
    [10.5, 'popup_same'],
    [11.49, 'popup_same'],
    [11.5, 'popup_longer'],
    [0.2, 'popup_shorter'],
    [600, 'popup_longer'],
  ])('a mean of %d min is %s the baseline, as the rounded figure reads', (mean, key) => {
    expect(directionKey(mean)).toBe(key);
  });
});
