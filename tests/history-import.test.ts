// Issue 16, findings 2, 4, 8 and 9: the import is checked against reality and runs in the page
// (fake-indexeddb), retention keeps what still waits, and counts saturate where the import accepts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import { parseHistoryFile, planImport, serializeHistory } from '@/utils/history-file';
import {
  IMPORT_CHUNK,
  IMPORT_STALE_MS,
  type ImportProgress,
  importHistoryFile,
  rollBackImport,
} from '@/utils/history-import';
import {
  absorbSignal,
  type IncomingSignal,
  MAX_MESSAGES_PER_INTERRUPTION,
  startInterruption,
} from '@/utils/interruptions';
import type { FocusBlock } from '@/utils/model';
import { applyRetention } from '@/utils/records';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { inEnglish } from './locale-messages';
import { block, interruption } from './report/fixtures';

const NOW = Date.UTC(2026, 10, 25, 12);
const HOUR = 3_600_000;
const DAY = 86_400_000;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

const file = (blocks: FocusBlock[], interruptions = [interruption(NOW - 10 * HOUR)]) =>
  serializeHistory(interruptions, blocks, NOW);

describe('an import is checked against reality (finding 2)', () => {
  const none: { blocks: FocusBlock[]; interruptionIds: Set<string> } = { blocks: [], interruptionIds: new Set() };
  const plan = (blocks: FocusBlock[], stored = none) =>
    inEnglish(planImport({ interruptions: [], blocks }, stored, NOW));

  it('refuses a block in the future, naming the row', () => {
    const future = block(NOW + HOUR, NOW + 2 * HOUR);
    expect(plan([block(NOW - 5 * HOUR, NOW - 4 * HOUR), future])).toEqual({
      ok: false,
      error: `Block record 2: it starts after now (${new Date(NOW + 2 * HOUR).toISOString()}); is this computer's clock right?`,
    });
    expect(plan([block(NOW - HOUR, NOW + HOUR)])).toMatchObject({
      error: expect.stringMatching(/^Block record 1: it ends after now/),
    });
  });

  it('refuses an open block', () => {
    expect(plan([block(NOW - 2 * HOUR, NOW - HOUR, { endedAt: null })])).toMatchObject({
      ok: false,
      error: "Block record 1: it has not ended ('endedAt' is null); only finished blocks can be imported.",
    });
  });

  it('refuses blocks overlapping each other, a stored block, or the running one', () => {
    const a = block(NOW - 5 * HOUR, NOW - 3 * HOUR);
    expect(plan([a, block(NOW - 4 * HOUR, NOW - 2 * HOUR)])).toMatchObject({
      error: 'Block record 2: it overlaps block record 1.',
    });
    const stored = {
      blocks: [{ ...block(NOW - 4 * HOUR, NOW - 3.5 * HOUR), id: 'mine' }],
      interruptionIds: new Set<string>(),
    };
    expect(plan([a], stored)).toMatchObject({ error: 'Block record 1: it overlaps the stored block "mine".' });
    const running = { blocks: [block(NOW - HOUR, NOW + HOUR, { endedAt: null })], interruptionIds: new Set<string>() };
    expect(plan([block(NOW - 1.5 * HOUR, NOW - 0.5 * HOUR)], running)).toMatchObject({
      error: 'Block record 1: it overlaps the running block.',
    });
    // Touching is not overlapping; a block already stored (same id) is skipped, not checked.
    expect(plan([a, block(NOW - 3 * HOUR, NOW - 2 * HOUR)])).toMatchObject({ ok: true });
    expect(plan([stored.blocks[0]!, a], { ...stored, blocks: [...stored.blocks] })).toMatchObject({ ok: false });
    expect(planImport({ interruptions: [], blocks: [stored.blocks[0]!] }, stored, NOW)).toEqual({
      ok: true,
      interruptions: [],
      blocks: [],
    });
  });

  it('refuses an interruption that claims the running block', () => {
    const running = block(NOW - HOUR, NOW + HOUR, { endedAt: null });
    const held = interruption(NOW - 10 * 60_000, { blockId: running.id, kind: 'held', state: 'pending' });
    expect(
      inEnglish(
        planImport({ interruptions: [held], blocks: [] }, { blocks: [running], interruptionIds: new Set() }, NOW),
      ),
    ).toEqual({ ok: false, error: 'Interruption record 1: it belongs to the running block.' });
  });

  it('in the page: a refused file writes nothing; a good one is written whole, with progress', async () => {
    const db = await openHeadsDownDb();
    const runningBlock = block(NOW - HOUR, NOW + HOUR, { endedAt: null });
    await db.put('blocks', runningBlock);
    const refused = inEnglish(
      await importHistoryFile(file([block(NOW - 5 * HOUR, NOW - 4 * HOUR), block(NOW - 2 * HOUR, NOW)]), NOW),
    );
    expect(refused).toEqual({ ok: false, error: 'Block record 2: it overlaps the running block.' });
    expect(await db.count('interruptions')).toBe(0);
    expect(await db.getAllKeys('blocks')).toEqual([runningBlock.id]);

    const seen: ImportProgress[] = [];
    const good = await importHistoryFile(file([block(NOW - 5 * HOUR, NOW - 4 * HOUR)]), NOW, (p) => seen.push(p));
    expect(good).toEqual({ ok: true, imported: 1, workHoursAdopted: false });
    expect(await db.count('blocks')).toBe(2);
    expect(seen).toEqual([
      { phase: 'checking' },
      { phase: 'writing', done: 0, total: 2 },
      { phase: 'writing', done: 2, total: 2 },
    ]);
  });
});

describe('counts saturate where the import accepts them (finding 4)', () => {
  it('two title rises of 600,000 store at most the shared ceiling, and the export imports', () => {
    const rise = (at: number): IncomingSignal => ({
      tabId: 1,
      appId: 'slack',
      kind: 'title',
      at,
      messages: 600_000,
      breakthrough: false,
    });
    const first = startInterruption(rise(NOW), { id: 'x', blockId: null, offsetMin: 0 });
    const merged = absorbSignal(first, rise(NOW + 1000));
    if (!('merged' in merged)) throw new Error('the second rise should join the first');
    expect(merged.merged.messages).toBe(MAX_MESSAGES_PER_INTERRUPTION);
    expect(merged.merged.tally).toEqual({ notification: 0, rise: MAX_MESSAGES_PER_INTERRUPTION });
    expect(parseHistoryFile(serializeHistory([merged.merged], [], NOW))).toMatchObject({ ok: true });
  });
});

describe('retention keeps what still waits (finding 8)', () => {
  it('an 8-day-old held item still listed, and its block, survive historyDays 7; handled ones go', async () => {
    const db = await openHeadsDownDb();
    const old = block(NOW - 8 * DAY - HOUR, NOW - 8 * DAY);
    await db.put('blocks', old);
    const waiting = interruption(NOW - 8 * DAY - 30 * 60_000, { kind: 'held', state: 'pending', blockId: old.id });
    const released = interruption(NOW - 8 * DAY - 20 * 60_000, { kind: 'held', state: 'released', blockId: old.id });
    const dismissed = interruption(NOW - 8 * DAY - 10 * 60_000, { kind: 'held', state: 'dismissed', blockId: old.id });
    for (const r of [waiting, released, dismissed]) await db.put('interruptions', r);
    const settings = { ...DEFAULT_SETTINGS, privacy: { keepText: true, textDays: 7, historyDays: 7 } };
    await applyRetention(settings, NOW);
    expect((await db.getAllKeys('interruptions')).sort()).toEqual([waiting.id, released.id].sort());
    expect(await db.getAllKeys('blocks')).toEqual([old.id]);
    // Once the person dealt with them, the next pass lets them go, block included.
    for (const r of [waiting, released]) await db.put('interruptions', { ...r, state: 'opened' as const });
    await applyRetention(settings, NOW);
    expect(await db.count('interruptions')).toBe(0);
    expect(await db.count('blocks')).toBe(0);
  });

  it('prunes per-tab grouping state whose record is gone or past the grouping window', async () => {
    const db = await openHeadsDownDb();
    const fresh = interruption(NOW - 10_000);
    const stale = interruption(NOW - 10 * 60_000);
    for (const r of [fresh, stale]) await db.put('interruptions', r);
    await db.put('kv', { '1': fresh.id, '2': stale.id, '3': 'closed-tab-record-gone' }, 'recentByTab');
    await applyRetention(DEFAULT_SETTINGS, NOW);
    expect(await db.get('kv', 'recentByTab')).toEqual({ '1': fresh.id });
  });
});

describe('the import writes in bounded chunks and stays all or nothing (finding 9)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => interruption(NOW - HOUR - i * 1000));

  it('writes in chunks of IMPORT_CHUNK with progress after each, and leaves no marker', async () => {
    const seen: ImportProgress[] = [];
    const result = await importHistoryFile(file([], many(IMPORT_CHUNK * 2 + 5)), NOW, (p) => seen.push(p));
    expect(result).toEqual({ ok: true, workHoursAdopted: false, imported: IMPORT_CHUNK * 2 + 5 });
    expect(seen.slice(1).map((p) => (p.phase === 'writing' ? p.done : -1))).toEqual([
      0,
      IMPORT_CHUNK,
      IMPORT_CHUNK * 2,
      IMPORT_CHUNK * 2 + 5,
    ]);
    const db = await openHeadsDownDb();
    expect(await db.get('kv', 'importInProgress')).toBeUndefined();
    expect(await db.count('interruptions')).toBe(IMPORT_CHUNK * 2 + 5);
  });

  it('a failure after some chunks removes everything it wrote, and nothing stored before', async () => {
    const db = await openHeadsDownDb();
    const mine = interruption(NOW - 2 * HOUR);
    await db.put('interruptions', mine);
    const failing = (p: ImportProgress) => {
      if (p.phase === 'writing' && p.done >= IMPORT_CHUNK) throw new Error('the page went away');
    };
    await expect(importHistoryFile(file([], many(IMPORT_CHUNK * 3)), NOW, failing)).rejects.toThrow(
      'the page went away',
    );
    expect(await db.getAllKeys('interruptions')).toEqual([mine.id]);
    expect(await db.get('kv', 'importInProgress')).toBeUndefined();
  });

  it('an import left half-done by a closed page is rolled back once its heartbeat is stale, not before', async () => {
    const db = await openHeadsDownDb();
    const half = many(3);
    for (const r of half.slice(0, 2)) await db.put('interruptions', r);
    await db.put('kv', { heartbeatAt: NOW }, 'importInProgress');
    await db.put('kv', { interruptionIds: half.map((r) => r.id), blockIds: [] }, 'importIds');
    expect(await rollBackImport(NOW + 1_000)).toBe(false);
    expect(await db.count('interruptions')).toBe(2);
    expect(await rollBackImport(NOW + IMPORT_STALE_MS)).toBe(true);
    expect(await db.count('interruptions')).toBe(0);
    expect(await db.get('kv', 'importIds')).toBeUndefined();
  });
});
