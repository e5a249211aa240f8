// The relay's rate limit on a page's signals (utils/signal-intake.ts signalBudget): a burst passes
// whole, a flood is cut off, and the bucket refills with time, never beyond its burst.
import { describe, expect, it } from 'vitest';
import { signalBudget } from '@/utils/signal-intake';

const passed = (allow: (now: number) => boolean, n: number, now: number) =>
  Array.from({ length: n }, () => allow(now)).filter(Boolean).length;

describe('signalBudget', () => {
  it('lets a whole burst through at once and turns the rest away', () => {
    const allow = signalBudget(5, 2, 0);
    expect(passed(allow, 8, 0)).toBe(5);
  });

  it('refills at its rate per second', () => {
    const allow = signalBudget(5, 2, 0);
    passed(allow, 5, 0);
    expect(allow(400)).toBe(false); // 0.8 of a token
    expect(allow(500)).toBe(true); // one token after half a second at 2 a second
    expect(passed(allow, 3, 1_500)).toBe(2);
  });

  it('never holds more than its burst, however long it waited', () => {
    const allow = signalBudget(3, 1_000, 0);
    expect(passed(allow, 10, 60_000)).toBe(3);
  });
});
