/**
 * Issue 15, Build item 9: the whole-history file carries working hours and presence, so importing it
 * into an empty database reproduces the report's figures exactly.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import { parseHistoryFile, serializeHistory } from '@/utils/history-file';
import { importHistoryFile } from '@/utils/history-import';
import type { ScheduleRule } from '@/utils/model';
import { importPresence, loadSettings, saveSettingsRecord } from '@/utils/records';
import { firstRecordAt, readAllHistory, readRangeWithAway } from '@/utils/report-query';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { buildWeek, type WeekInput } from '@/utils/week';
import { block, interruption } from './fixtures';

const ZONE = 'Europe/Berlin';
/** Berlin wall clock in late November 2026 (CET, UTC+1). */
const cet = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h - 1, m);
const WEEK = cet(23, 0);
const NOW = cet(30, 12);
const HOURS: ScheduleRule[] = [{ days: ['mon', 'tue', 'wed', 'thu'], start: '08:00', end: '16:30', zone: 'local' }];

function fresh(): void {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
}

async function weekFromDb() {
  const [records, settings, firstDataAt] = await Promise.all([
    readRangeWithAway(WEEK, WEEK + 7 * 86_400_000, NOW),
    loadSettings(),
    firstRecordAt(),
  ]);
  const input: WeekInput = { ...records, workHours: settings.workHours, firstDataAt };
  return buildWeek(input, WEEK, ZONE, NOW);
}

beforeEach(fresh);

it('export → import into an empty database → the same week, figure for figure', async () => {
  const b = block(cet(24, 9), cet(24, 11));
  const records = [
    interruption(cet(23, 8, 30), { kind: 'delivered' }),
    interruption(cet(23, 12, 15), { kind: 'peek', messages: 0 }),
    interruption(cet(24, 9, 10), { kind: 'held', blockId: b.id }),
    interruption(cet(24, 10, 5), { kind: 'breakthrough', blockId: b.id }),
    interruption(cet(24, 14), { kind: 'delivered' }), // while away: not counted
    interruption(cet(25, 15), { kind: 'delivered', appId: 'gmail' }),
    interruption(cet(26, 16, 45), { kind: 'delivered' }), // after these working hours
  ];
  const away = [
    { start: cet(24, 13, 30), end: cet(24, 14, 30) },
    { start: cet(25, 8), end: cet(25, 9, 15) },
  ];
  const db = await openHeadsDownDb();
  for (const r of records) await db.put('interruptions', r);
  await db.put('blocks', b);
  await importPresence(away, null);
  await saveSettingsRecord({ ...DEFAULT_SETTINGS, workHours: HOURS, workHoursConfirmed: true });
  const before = await weekFromDb();
  // Away time and the working hours change the figures: the test would notice losing either.
  expect(before.days[1]!.work!.presentMinutes).toBe(8.5 * 60 - 60);
  expect(before.days[4]!.work!.presentMinutes).toBe(0);

  const all = await readAllHistory();
  const text = serializeHistory(all.interruptions, all.blocks, NOW, {
    workHours: (await loadSettings()).workHours,
    away: all.away,
  });

  fresh();
  await openHeadsDownDb();
  // The report page's own import: records, then presence and the file's working hours.
  expect(await importHistoryFile(text, NOW)).toEqual({ ok: true, imported: records.length, workHoursAdopted: true });
  const settings = await loadSettings();
  expect(settings.workHours).toEqual(HOURS);
  expect(settings.workHoursConfirmed).toBe(true);

  expect(await weekFromDb()).toEqual(before);
});

it('a version 1 file keeps the working hours the person has', async () => {
  const text = JSON.stringify({
    format: 'heads-down-history',
    version: 1,
    exportedAt: 0,
    interruptions: [],
    blocks: [],
  });
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  await saveSettingsRecord({ ...DEFAULT_SETTINGS, workHours: HOURS });
  expect(await importPresence(parsed.away, parsed.workHours)).toBe(false);
  expect((await loadSettings()).workHours).toEqual(HOURS);
});

it('an imported away span never overwrites one already recorded with the same start', async () => {
  await importPresence([{ start: 100, end: 200 }], null);
  await importPresence(
    [
      { start: 100, end: 900 },
      { start: 300, end: 400 },
    ],
    null,
  );
  expect((await readAllHistory()).away).toEqual([
    { start: 100, end: 200 },
    { start: 300, end: 400 },
  ]);
});
