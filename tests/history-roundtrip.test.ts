// Issue 16, finding 4: export → import (into an empty fake-indexeddb, through the page's importer)
// → export is the identity for every history the product can write, extremes included.
// 300 generated histories (numRuns below), each up to 40 interruptions and 25 blocks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import { serializeHistory } from '@/utils/history-file';
import { importHistoryFile } from '@/utils/history-import';
import { MAX_MESSAGES_PER_INTERRUPTION } from '@/utils/interruptions';
import type { FocusBlock, Interruption } from '@/utils/model';

const NUM_RUNS = 300;
/** The largest time a Date holds; the import's own ceiling. Exports are dated then, so nothing is "future". */
const MAX_TIME = 8.64e15;
const NOW = MAX_TIME;

/** Times anywhere in a Date's range, with the edges drawn often. */
const time = fc.oneof(
  fc.constantFrom(0, 1, MAX_TIME - 1, MAX_TIME),
  fc.maxSafeNat().map((n) => n % (MAX_TIME + 1)),
);
const count = fc.oneof(
  fc.constantFrom(0, 1, MAX_MESSAGES_PER_INTERRUPTION),
  fc.integer({ min: 0, max: MAX_MESSAGES_PER_INTERRUPTION }),
);
/** Any UTF-16 text, lone surrogates included (what a page's notification may carry). */
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 });

const interruption: fc.Arbitrary<Interruption> = fc
  .record(
    {
      id,
      at: time,
      span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60_000 })),
      offsetMin: fc.integer({ min: -840, max: 840 }),
      appId: fc.oneof(fc.constantFrom('gmail', 'slack'), fc.string({ unit: 'binary', minLength: 1, maxLength: 300 })),
      tabId: fc.oneof(fc.constant(null), fc.constantFrom(-1, 0, Number.MAX_SAFE_INTEGER), fc.nat()),
      kind: fc.constantFrom('delivered', 'held', 'breakthrough', 'peek'),
      messages: count,
      signals: fc.subarray(['notification', 'title', 'favicon', 'sound'] as const),
      blockId: fc.option(id, { nil: null }),
      text: fc.option(fc.record({ title: text(200), body: text(500) }), { nil: null }),
      state: fc.constantFrom('pending', 'released', 'opened', 'dismissed'),
      tally: fc.option(fc.record({ notification: count, rise: count }), { nil: undefined }),
    },
    {
      requiredKeys: [
        'id',
        'at',
        'span',
        'offsetMin',
        'appId',
        'tabId',
        'kind',
        'messages',
        'signals',
        'blockId',
        'text',
        'state',
      ],
    },
  )
  // Fields in the order the product writes them (utils/interruptions.ts startInterruption).
  .map(
    (r): Interruption => ({
      id: r.id,
      at: r.at,
      lastAt: Math.min(MAX_TIME, r.at + r.span),
      offsetMin: r.offsetMin,
      appId: r.appId,
      tabId: r.tabId,
      kind: r.kind,
      messages: r.messages,
      signals: [...r.signals],
      blockId: r.blockId,
      text: r.text,
      state: r.state,
      ...(r.tally === undefined ? {} : { tally: r.tally }),
    }),
  );

/** Blocks as the product writes them: finished, one after another, never overlapping. */
const blocks: fc.Arbitrary<FocusBlock[]> = fc
  .array(
    fc.record({
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 40 })),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 * 3_600_000 })),
      unused: fc.integer({ min: 0, max: 3_600_000 }),
      origin: fc.constantFrom('schedule', 'manual'),
      flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
      batch: fc.option(fc.nat(), { nil: undefined }),
    }),
    { maxLength: 25 },
  )
  .chain((specs) =>
    fc.tuple(fc.constant(specs), fc.uniqueArray(id, { minLength: specs.length, maxLength: specs.length }), time),
  )
  .map(([specs, ids, first]) => {
    let cursor = Math.min(first, MAX_TIME - specs.length * (2 ** 40 + 13 * 3_600_000));
    return specs.map((s, i) => {
      const start = Math.max(0, cursor + s.gap);
      const endedAt = start + s.length;
      cursor = endedAt;
      const b: FocusBlock = {
        id: ids[i]!,
        start,
        end: endedAt + s.unused,
        endedAt,
        origin: s.origin,
        endedEarly: s.flags[0],
        strict: s.flags[1],
        digestShown: s.flags[2],
      };
      return s.batch === undefined ? b : { ...b, lastBatchAt: start + (s.batch % (s.length + 1)) };
    });
  });

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

it(`export → import → export is the identity (${NUM_RUNS} generated histories)`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(interruption, { selector: (r) => r.id, maxLength: 40 }),
      blocks,
      async (items, spans) => {
        globalThis.indexedDB = new IDBFactory();
        forgetDbConnection();
        const exported = serializeHistory(byId(items), byId(spans), NOW);
        const result = await importHistoryFile(exported, NOW);
        expect(result).toEqual({ ok: true, imported: items.length, workHoursAdopted: false });
        const db = await openHeadsDownDb();
        const again = serializeHistory(byId(await db.getAll('interruptions')), byId(await db.getAll('blocks')), NOW);
        expect(again).toBe(exported);
        db.close();
      },
    ),
    { numRuns: NUM_RUNS },
  );
}, 120_000);
