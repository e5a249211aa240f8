// The strict policy and block ends, pure (utils/strict-policy.ts, utils/block-end.ts).
import { describe, expect, it } from 'vitest';
import { blockIsOver, endedAtFor, GUARD_START_SLACK_MS, newBlockStart } from '@/utils/block-end';
import { EMPTY_OVERRIDES } from '@/utils/db';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import {
  EARLY_END_WINDOW_MS,
  earlyEndsLeft,
  judgeEarlyEnd,
  judgeStrictAction,
  pinStrictBlock,
  type StrictAction,
} from '@/utils/strict-policy';

const T = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;
const strict = { start: T, end: T + 50 * MIN, endedAt: null, strict: true };
const now = T + 10 * MIN;
const settings = { ...DEFAULT_SETTINGS, strict: { ...DEFAULT_SETTINGS.strict, enabled: true } };

describe('judgeStrictAction', () => {
  const cases: Array<[string, StrictAction, string]> = [
    ['pause', { kind: 'pauseSchedule' }, 'refused strict_pauseRefused'],
    ['delete', { kind: 'deleteAllData' }, 'refused strict_deleteRefused'],
    ['schedule', { kind: 'saveSchedule' }, 'deferred strict_scheduleDeferred'],
    ['import', { kind: 'importHistory' }, 'allowed'],
    [
      'strict off',
      {
        kind: 'saveSettings',
        before: settings,
        after: { ...settings, strict: { ...settings.strict, enabled: false } },
      },
      'refused strict_settingsRefused',
    ],
    [
      'app off',
      { kind: 'saveSettings', before: settings, after: { ...settings, disabledApps: ['gmail'] } },
      'refused strict_appOffRefused',
    ],
    [
      'app back on',
      { kind: 'saveSettings', before: { ...settings, disabledApps: ['gmail'] }, after: settings },
      'allowed',
    ],
    [
      'other setting',
      { kind: 'saveSettings', before: settings, after: { ...settings, showHeldCount: false } },
      'allowed',
    ],
  ];
  it.each(cases)('%s during a strict block', (_name, action, expected) => {
    const verdict = judgeStrictAction(strict, action, now);
    expect(verdict.kind === 'allowed' ? 'allowed' : `${verdict.kind} ${verdict.reason}`).toBe(expected);
    if (verdict.kind !== 'allowed') expect(verdict.until).toBe(strict.end);
  });

  it('allows everything without a running strict block (none, not strict, ended, past its end)', () => {
    for (const block of [undefined, { ...strict, strict: false }, { ...strict, endedAt: now }, strict])
      expect(judgeStrictAction(block, { kind: 'deleteAllData' }, block === strict ? strict.end : now)).toEqual({
        kind: 'allowed',
      });
  });

  it('still counts a strict block as running with the clock set back before its start', () => {
    expect(judgeStrictAction(strict, { kind: 'pauseSchedule' }, T - 60 * MIN).kind).toBe('refused');
  });
});

describe('judgeEarlyEnd', () => {
  const rules = { enabled: true, phrase: 'let me go', earlyEndsPerWeek: 2 };
  const usedAt = (...ago: number[]) => ({ ...EMPTY_OVERRIDES, strictEarlyEnds: ago.map((a) => now - a) });

  it('ends a block that is not strict without cost or phrase', () => {
    expect(judgeEarlyEnd({ strict: false }, rules, usedAt(1, 2), undefined, now)).toEqual({
      kind: 'allowed',
      paid: false,
    });
  });

  it('takes the exact phrase (outer spaces aside) and one of the week’s early ends', () => {
    expect(judgeEarlyEnd({ strict: true }, rules, EMPTY_OVERRIDES, ' let me go ', now)).toEqual({
      kind: 'allowed',
      paid: true,
    });
    expect(judgeEarlyEnd({ strict: true }, rules, EMPTY_OVERRIDES, 'let me', now)).toEqual({
      kind: 'refused',
      reason: 'strict_phraseMismatch',
    });
  });

  it('refuses once the week’s early ends are used; an end older than a week no longer counts', () => {
    expect(judgeEarlyEnd({ strict: true }, rules, usedAt(MIN, 2 * MIN), 'let me go', now)).toEqual({
      kind: 'refused',
      reason: 'strict_earlyEndsUsed',
      limit: 2,
    });
    expect(earlyEndsLeft(rules, usedAt(MIN, EARLY_END_WINDOW_MS), now)).toBe(1);
    expect(earlyEndsLeft(rules, usedAt(MIN, 2 * MIN, 3 * MIN), now)).toBe(0);
  });
});

describe('pinStrictBlock', () => {
  it('adds the running strict block as a hand-started span, once', () => {
    const pinned = pinStrictBlock(strict, EMPTY_OVERRIDES, now);
    expect(pinned.manual).toEqual([{ start: strict.start, end: strict.end }]);
    expect(pinStrictBlock(strict, pinned, now)).toBe(pinned);
  });

  it('does not pin once the early end was paid for, nor a block that is not strict', () => {
    const paid = { ...EMPTY_OVERRIDES, strictEarlyEnds: [now] };
    expect(pinStrictBlock(strict, paid, now)).toBe(paid);
    expect(pinStrictBlock({ ...strict, strict: false }, EMPTY_OVERRIDES, now)).toBe(EMPTY_OVERRIDES);
  });
});

describe('block ends with the clock set back (time only moves forward in records)', () => {
  it('a block is not over while the clock is before its start, and never records an end before it', () => {
    expect(blockIsOver(strict, null, T - MIN)).toBe(false);
    expect(blockIsOver(strict, null, now)).toBe(true);
    expect(blockIsOver(strict, { start: T, end: T + 50 * MIN }, now)).toBe(false);
    expect(endedAtFor(strict, T - 60 * MIN)).toBe(T);
    expect(endedAtFor(strict, T + 99 * MIN)).toBe(strict.end);
  });

  it('a new block starts when guarding starts, never before the one that just ended', () => {
    expect(newBlockStart({ start: T, end: T + 60 * MIN }, T + 30 * MIN, T + 20 * MIN)).toBe(T + 30 * MIN);
    expect(newBlockStart({ start: T, end: T + 60 * MIN }, T + 30 * MIN, null)).toBe(T + 30 * MIN);
    // Clock set back below the ended block's start: that block's recorded end is after now.
    expect(newBlockStart({ start: T, end: T + 60 * MIN }, T + 30 * MIN, T + 40 * MIN)).toBe(T + 40 * MIN);
    // An alarm a few ms late, or a hand-started window opened a moment after it was made: the window's start.
    expect(newBlockStart({ start: T, end: T + 60 * MIN }, T + 30, null)).toBe(T);
    expect(newBlockStart({ start: T, end: T + 60 * MIN }, T + GUARD_START_SLACK_MS + 1, null)).toBe(
      T + GUARD_START_SLACK_MS + 1,
    );
  });
});
