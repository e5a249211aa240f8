import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import type { Interruption } from '@/utils/model';
import { applyRetention } from '@/utils/records';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

const item = (id: string, daysAgo: number): Interruption => ({
  id,
  at: NOW - daysAgo * DAY,
  lastAt: NOW - daysAgo * DAY,
  offsetMin: 0,
  appId: 'gmail',
  tabId: 1,
  kind: 'held',
  messages: 1,
  signals: ['notification'],
  blockId: 'b',
  text: { title: 'Subject', body: 'Body' },
  // Handled by the person (opened), so nothing still waits on it.
  state: 'opened',
});

it('drops text past the kept days and records past the history days, and keeps the rest whole', async () => {
  const db = await openHeadsDownDb();
  for (const [id, days] of [
    ['fresh', 1],
    ['textOld', 8],
    ['historyOld', 40],
  ] as const)
    await db.put('interruptions', item(id, days));
  const settings = { ...DEFAULT_SETTINGS, privacy: { keepText: true, textDays: 7, historyDays: 30 } };
  await applyRetention(settings, NOW);
  const left = Object.fromEntries((await db.getAll('interruptions')).map((r) => [r.id, r]));
  expect(Object.keys(left).sort()).toEqual(['fresh', 'textOld']);
  expect(left.fresh!.text).toEqual({ title: 'Subject', body: 'Body' });
  expect(left.textOld!.text).toBeNull();
  expect(left.textOld!.messages).toBe(1);
});

it('keeps no text at all once the person chooses counts only', async () => {
  const db = await openHeadsDownDb();
  await db.put('interruptions', item('fresh', 0.1));
  await applyRetention({ ...DEFAULT_SETTINGS, privacy: { keepText: false, textDays: 7, historyDays: 30 } }, NOW);
  expect((await db.get('interruptions', 'fresh'))!.text).toBeNull();
});
