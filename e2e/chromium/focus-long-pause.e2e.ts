/**
 * Issue 3 in real Chromium: after a pause of a week or more ("pause until after my holiday") the
 * one boundary alarm must still wait for the first block after the pause; otherwise that block
 * never starts on time. The expected block is plain UTC arithmetic on the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, launchBrowser } from '../harness';
import { ask } from '../product';
import { allAlarms } from './helpers/browser-state';
import { DAY, EVERY_DAY, MINUTE, ruleFor, scheduleOf, utcDay } from './helpers/utc-rules';

type Status = { next: { start: number; end: number } | null; pausedUntil: number | null };

let h: BrowserHandle;

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('a long pause', () => {
  // s0: three hours ahead on a whole minute; each case pauses past some blocks and names the first one after.
  const cases = [
    {
      name: 'a daily rule paused for nine and a half days',
      rule: (s0: number) => ruleFor(s0, 30, EVERY_DAY),
      pauseUntil: (s0: number) => s0 + 9 * DAY + 60 * MINUTE,
      firstAfter: (s0: number) => s0 + 10 * DAY,
    },
    {
      name: 'a once-a-week rule (yesterday’s weekday) paused for a week',
      rule: (s0: number) => ruleFor(s0, 30, [utcDay(s0 - DAY)]),
      pauseUntil: (s0: number) => s0 - 3 * 60 * MINUTE + 7 * DAY,
      firstAfter: (s0: number) => s0 - DAY + 14 * DAY,
    },
  ];

  it.each(cases)('keeps the one alarm at the first block after $name', async ({ rule, pauseUntil, firstAfter }) => {
    const s0 = Math.floor(Date.now() / MINUTE) * MINUTE + 3 * 60 * MINUTE;
    expect(await ask(h, 'pauseSchedule', { until: null })).toEqual({ ok: true });
    expect(await ask(h, 'saveSchedule', { file: scheduleOf(rule(s0)) })).toEqual({ ok: true });
    const until = pauseUntil(s0);
    expect(await ask(h, 'pauseSchedule', { until })).toEqual({ ok: true });
    const first = { start: firstAfter(s0), end: firstAfter(s0) + 30 * MINUTE };
    expect(first.start).toBeGreaterThan(until);
    const status = await ask<Status>(h, 'getStatus');
    expect(status.pausedUntil).toBe(until);
    expect(status.next).toEqual(first);
    // The popup's promise has to be backed by an alarm, or the block starts only when something else wakes the worker.
    expect((await allAlarms(h)).map((a) => [a.name, a.scheduledTime])).toEqual([['boundary', first.start]]);
  });
});
