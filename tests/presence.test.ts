import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDbConnection } from '@/utils/db';
import { awayInRange, presenceChange } from '@/utils/presence';
import { readAway, recordPresence } from '@/utils/records';

const MIN = 60_000;
const T = Date.UTC(2026, 11, 2, 10);
const FIVE = 5 * MIN;

describe('presenceChange', () => {
  it.each([
    ['idle back-dates to the last input', 'idle', null, { awaySince: T - FIVE, closed: null }],
    ['locked counts from the lock', 'locked', null, { awaySince: T, closed: null }],
    ['idle then locked keeps the first start', 'locked', T - 9 * MIN, { awaySince: T - 9 * MIN, closed: null }],
    ['active closes the span', 'active', T - 9 * MIN, { awaySince: null, closed: { start: T - 9 * MIN, end: T } }],
    ['active while present changes nothing', 'active', null, { awaySince: null, closed: null }],
    [
      'a clock set back never ends a span before it began',
      'active',
      T + MIN,
      { awaySince: null, closed: { start: T + MIN, end: T + MIN } },
    ],
  ] as const)('%s', (_name, state, since, expected) => {
    expect(presenceChange(state, T, since, FIVE)).toEqual(expected);
  });

  it('an open span runs until now and only spans reaching into the range count', () => {
    const stored = [
      { start: T - 10 * MIN, end: T - 5 * MIN },
      { start: T - 60 * MIN, end: T - 30 * MIN },
    ];
    expect(awayInRange(stored, T - MIN, T - 20 * MIN, T + 60 * MIN, T)).toEqual([
      { start: T - 10 * MIN, end: T - 5 * MIN },
      { start: T - MIN, end: T },
    ]);
  });
});

describe('recordPresence (fake-indexeddb)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    forgetDbConnection();
  });

  it('stores one span per absence and reads it by range, with the open one until now', async () => {
    await recordPresence('idle', T, FIVE);
    await recordPresence('locked', T + MIN, FIVE);
    await recordPresence('active', T + 20 * MIN, FIVE);
    await recordPresence('locked', T + 40 * MIN, FIVE);
    expect(await readAway(T - 60 * MIN, T + 60 * MIN, T + 45 * MIN)).toEqual([
      { start: T - FIVE, end: T + 20 * MIN },
      { start: T + 40 * MIN, end: T + 45 * MIN },
    ]);
    expect(await readAway(T + 21 * MIN, T + 39 * MIN, T + 45 * MIN)).toEqual([]);
  });
});
