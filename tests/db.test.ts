import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRollup, rollupEvents } from '@/utils/day-rollups';
import {
  DB_NAME,
  DB_VERSION,
  failureText,
  forgetDbConnection,
  guarded,
  MIGRATIONS,
  openHeadsDownDb,
  StorageError,
} from '@/utils/db';
import type { Interruption } from '@/utils/model';
import { english } from './locale-messages';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

const record = (id: string, at: number, state: Interruption['state'], blockId: string | null): Interruption => ({
  id,
  at,
  lastAt: at,
  offsetMin: 60,
  appId: 'slack',
  tabId: 3,
  kind: state === 'pending' ? 'held' : 'delivered',
  messages: 2,
  signals: ['notification', 'title'],
  blockId,
  text: { title: 'Alice', body: 'hello' },
  state,
});

describe('schema migrations', () => {
  it('has one step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('upgrades a version-1 database with data and loses nothing', async () => {
    // Build the previous version exactly as version 1 shipped it, with fixture data.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db, oldVersion, _new, tx) {
        for (let v = oldVersion; v < 1; v++) MIGRATIONS[v]?.(db as never, tx);
      },
    });
    const fixtures = [
      record('a', 1000, 'pending', 'b1'),
      record('b', 2000, 'released', null),
      record('c', 3000, 'pending', 'b1'),
    ];
    for (const r of fixtures) await v1.put('interruptions', r);
    await v1.put('kv', { keep: 'me' }, 'settings');
    await v1.put('rules', { id: 'rule-0', order: 0, days: ['mon'], start: '09:00', end: '10:00', zone: 'UTC' });
    expect(Array.from(v1.transaction('interruptions').store.indexNames)).toEqual(['byAt']);
    v1.close();

    const db = await openHeadsDownDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('interruptions')).toEqual(fixtures);
    expect(await db.get('kv', 'settings')).toEqual({ keep: 'me' });
    expect(await db.count('rules')).toBe(1);
    // The new indexes cover the old records.
    expect((await db.getAllFromIndex('interruptions', 'byState', 'pending')).map((r) => r.id)).toEqual(['a', 'c']);
    expect((await db.getAllFromIndex('interruptions', 'byBlock', 'b1')).map((r) => r.id)).toEqual(['a', 'c']);
    expect(await db.count('away')).toBe(0);
  });

  it('upgrades a version-2 database to keep away spans, leaving every record in place', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db, oldVersion, _new, tx) {
        for (let v = oldVersion; v < 2; v++) MIGRATIONS[v]?.(db as never, tx);
      },
    });
    const fixtures = [record('a', 1000, 'pending', 'b1'), record('b', 2000, 'released', null)];
    for (const r of fixtures) await v2.put('interruptions', r);
    await v2.put('blocks', {
      id: 'b1',
      start: 500,
      end: 5000,
      endedAt: 5000,
      origin: 'manual',
      endedEarly: false,
      strict: false,
      digestShown: true,
    });
    expect(Array.from(v2.objectStoreNames)).not.toContain('away');
    v2.close();

    const db = await openHeadsDownDb();
    expect(await db.getAll('interruptions')).toEqual(fixtures);
    expect(await db.count('blocks')).toBe(1);
    await db.put('away', { start: 100, end: 4000 });
    await db.put('away', { start: 5000, end: 6000 });
    // Read by end: a span that began long before a range still reaches into it.
    expect(await db.getAllFromIndex('away', 'byEnd', IDBKeyRange.lowerBound(3000, true))).toEqual([
      { start: 100, end: 4000 },
      { start: 5000, end: 6000 },
    ]);
  });

  it('upgrades a version-3 database by building every day’s rollup from its records', async () => {
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db, oldVersion, _new, tx) {
        for (let v = oldVersion; v < 3; v++) MIGRATIONS[v]?.(db as never, tx);
      },
    });
    const DAY = 86_400_000;
    const day = 20_000; // a UTC day number
    const fixtures = [
      record('late', (day + 1) * DAY - 1, 'released', null),
      record('first', day * DAY, 'pending', 'b1'),
      { ...record('peek', day * DAY + 5, 'released', 'b1'), kind: 'peek' as const, appId: 'gmail', messages: 0 },
      record('next', (day + 1) * DAY, 'released', null),
      // Not a time the byAt index holds: no rollup has it, as no range read ever returns it.
      record('broken', Number.NaN, 'released', null),
    ];
    // More than one rebuild batch, so the migration's paging is covered.
    const many = Array.from({ length: 10_050 }, (_, i) =>
      record(`m${i}`, (day + 5) * DAY + i * 1000, 'released', null),
    );
    const tx = v3.transaction('interruptions', 'readwrite');
    for (const r of [...fixtures, ...many]) void tx.store.put(r);
    await tx.done;
    v3.close();

    const db = await openHeadsDownDb();
    expect(await db.count('interruptions')).toBe(fixtures.length + many.length);
    const rollups = await db.getAll('rollups');
    expect(rollups.map((r) => r.day)).toEqual([day, day + 1, day + 5]);
    expect(rollupEvents(rollups[0]!)).toEqual([
      { id: 'first', at: day * DAY, kind: 'held', appId: 'slack', messages: 2 },
      { id: 'peek', at: day * DAY + 5, kind: 'peek', appId: 'gmail', messages: 0 },
      { id: 'late', at: (day + 1) * DAY - 1, kind: 'delivered', appId: 'slack', messages: 2 },
    ]);
    expect(rollups[1]!.ids).toEqual(['next']);
    expect(rollupEvents(rollups[2]!)).toEqual(
      rollupEvents(
        buildRollup(
          day + 5,
          many.map((r) => ({ id: r.id, at: r.at, kind: r.kind, appId: r.appId, messages: r.messages })),
        ),
      ),
    );
    expect(rollups[2]!.ids).toHaveLength(10_050);
    expect(await db.get('kv', 'rollupsComplete')).toBe(true);
  });
});

describe('storage failures', () => {
  it('words a full disk for the person and keeps the cause', async () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const error = await guarded('storage_saveInterruptions', () => Promise.reject(quota)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).worded(english)).toMatch(
      /^Could not save interruptions: the browser says its storage is full/,
    );
    expect((error as Error).cause).toBe(quota);
  });

  it('words an aborted transaction', async () => {
    const error = await guarded('storage_saveSchedule', () =>
      Promise.reject(new DOMException('x', 'AbortError')),
    ).catch((e: unknown) => e);
    expect((error as StorageError).worded(english)).toBe(
      'Could not save the schedule: the browser aborted the write. Nothing was saved; please try again.',
    );
  });

  it('passes on what the browser said about any other failure', async () => {
    const error = await guarded('storage_saveSettings', () => Promise.reject(new Error('disk on fire'))).catch(
      (e: unknown) => e,
    );
    expect((error as StorageError).worded(english)).toBe(
      'Could not save the settings: the browser reported: disk on fire',
    );
    // What a page shows: the storage failure worded, any other error in its own words.
    expect(failureText(error, english)).toBe('Could not save the settings: the browser reported: disk on fire');
    expect(failureText(new TypeError('not a function'), english)).toBe('not a function');
  });
});
