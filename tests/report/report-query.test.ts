import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import type { FocusBlock, Interruption } from '@/utils/model';
import { coveringRange, readAllHistory, readInterruptions, readRange } from '@/utils/report-query';
import { block, interruption } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK_START = Date.UTC(2026, 10, 23); // a Monday, UTC
const WEEK_END = WEEK_START + 7 * DAY;

async function seed(interruptions: Interruption[], blocks: FocusBlock[]): Promise<void> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks'], 'readwrite');
  for (const i of interruptions) void tx.objectStore('interruptions').put(i);
  for (const b of blocks) void tx.objectStore('blocks').put(b);
  await tx.done;
}

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id).sort();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

describe('readRange', () => {
  it('returns only the week’s interruptions, edges included at the start and excluded at the end', async () => {
    const inside = [
      interruption(WEEK_START),
      interruption(WEEK_START + 3 * DAY + 5 * HOUR),
      interruption(WEEK_END - 1),
    ];
    const outside = [interruption(WEEK_START - 1), interruption(WEEK_END), interruption(WEEK_START - 30 * DAY)];
    await seed([...outside, ...inside], []);
    const { interruptions } = await readRange(WEEK_START, WEEK_END);
    expect(ids(interruptions)).toEqual(ids(inside));
  });

  it('includes blocks that began up to a day before and run into the week, and no others', async () => {
    const overlapping = [
      block(WEEK_START - 2 * HOUR, WEEK_START + HOUR), // began the evening before
      block(WEEK_START + DAY, WEEK_START + DAY + HOUR),
      block(WEEK_END - HOUR, WEEK_END + HOUR), // runs past the end
      block(WEEK_START - HOUR, WEEK_START + 5 * HOUR, { endedAt: null }), // still planned into the week
    ];
    const notOverlapping = [
      block(WEEK_START - 3 * HOUR, WEEK_START - HOUR), // ended before the week
      block(WEEK_START - 2 * HOUR, WEEK_START + 3 * HOUR, { endedAt: WEEK_START - HOUR }), // ended early
      block(WEEK_END, WEEK_END + HOUR),
      block(WEEK_START - 10 * DAY, WEEK_START - 10 * DAY + HOUR),
    ];
    await seed([], [...notOverlapping, ...overlapping]);
    const { blocks } = await readRange(WEEK_START, WEEK_END);
    expect(ids(blocks)).toEqual(ids(overlapping));
  });

  it('gives nothing for an empty database or an empty range', async () => {
    expect(await readRange(WEEK_START, WEEK_END)).toEqual({ interruptions: [], blocks: [] });
    await seed([interruption(WEEK_START + HOUR)], [block(WEEK_START, WEEK_START + HOUR)]);
    expect(await readRange(WEEK_START, WEEK_START)).toEqual({ interruptions: [], blocks: [] });
  });
});

describe('readInterruptions / readAllHistory', () => {
  it('reads a four-week range oldest first, and the whole history on request', async () => {
    const all = [-40, -27, -10, -1, 0, 3].map((d) => interruption(WEEK_START + d * DAY + HOUR));
    await seed([...all].reverse(), [block(WEEK_START - 50 * DAY, WEEK_START - 50 * DAY + HOUR)]);
    const recent = await readInterruptions(WEEK_START - 28 * DAY, WEEK_START + DAY);
    expect(recent.map((i) => i.id)).toEqual(all.slice(1, 5).map((i) => i.id));
    const history = await readAllHistory();
    expect(ids(history.interruptions)).toEqual(ids(all));
    expect(history.blocks).toHaveLength(1);
  });
});

describe('coveringRange', () => {
  it.each([
    // [a, b, covering]
    [
      { from: 0, to: 10 },
      { from: 5, to: 20 },
      { from: 0, to: 20 },
    ], // overlap
    [
      { from: 5, to: 20 },
      { from: 0, to: 10 },
      { from: 0, to: 20 },
    ], // either order
    [
      { from: 0, to: 10 },
      { from: 10, to: 20 },
      { from: 0, to: 20 },
    ], // touching: no gap to read
    [
      { from: 0, to: 30 },
      { from: 5, to: 10 },
      { from: 0, to: 30 },
    ], // one inside the other
    [{ from: 0, to: 10 }, { from: 11, to: 20 }, null], // a gap of 1 ms: two reads
    [{ from: 100, to: 200 }, { from: 0, to: 50 }, null],
  ])('%o and %o → %o', (a, b, covering) => {
    expect(coveringRange(a, b)).toEqual(covering);
  });

  it('covers both ranges whenever it returns one, and never adds a gap between them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.nat(500),
        fc.integer({ min: 0, max: 1000 }),
        fc.nat(500),
        (af, al, bf, bl) => {
          const a = { from: af, to: af + al };
          const b = { from: bf, to: bf + bl };
          const c = coveringRange(a, b);
          const gap = Math.max(a.from, b.from) - Math.min(a.to, b.to);
          expect(c).toEqual(gap > 0 ? null : { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });
        },
      ),
    );
  });
});
