/**
 * The report's figures from the per-day rollups equal its figures from the records themselves, over
 * generated histories written through every product path that changes records (signals stored in
 * batches, merges that change a record, an import, a rolled-back import, deleting a block, retention),
 * around DST changes, in the zone the history was made in and after a move to another zone.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRollup, byRollupDay, rollupEvents } from '@/utils/day-rollups';
import { forgetDbConnection, openHeadsDownDb, readKv, writeKv } from '@/utils/db';
import { serializeHistory } from '@/utils/history-file';
import { importHistoryFile, rollBackImport } from '@/utils/history-import';
import type { FocusBlock, Interruption, InterruptionKind, ScheduleRule, Weekday } from '@/utils/model';
import { applyRetention, deleteAllRecords, deleteBlockRecord, putBlock, putInterruptions } from '@/utils/records';
import {
  firstRecordAt,
  readRangeWithAway,
  readReportInput,
  readReportRange,
  readReportRangeWithAway,
} from '@/utils/report-query';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { suggestQuietRules } from '@/utils/suggestions';
import { buildWeek, type WeekInput, weekStart, weekTotal } from '@/utils/week';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KINDS: InterruptionKind[] = ['delivered', 'held', 'breakthrough', 'peek'];
const APPS = ['gmail', 'slack', 'teams', 'custom:example.org'];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Nows just after DST changes (Europe: 29 Mar and 25 Oct 2026; US: 1 Nov 2026) and one with none. */
const NOWS = [
  Date.UTC(2026, 2, 31, 15),
  Date.UTC(2026, 9, 27, 9),
  Date.UTC(2026, 10, 3, 22),
  Date.UTC(2026, 5, 10, 12),
];
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

function mulberry32(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface History {
  now: number;
  zone: string;
  interruptions: Interruption[];
  blocks: FocusBlock[];
  workHours: ScheduleRule[];
}

/** Three weeks of history before `now`, with some records on exact UTC and local midnights. */
function generate(seed: number): History {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const now = pick(NOWS);
  const zone = pick(ZONES);
  const from = now - 21 * DAY;
  const blocks: FocusBlock[] = [];
  for (let t = from + rand() * 10 * HOUR; t < now - 3 * HOUR; t += (6 + rand() * 30) * HOUR) {
    const end = t + (0.5 + rand() * 3) * HOUR;
    blocks.push({
      id: `b${seed}-${blocks.length}`,
      start: Math.round(t),
      end: Math.round(end),
      endedAt: Math.round(end),
      origin: rand() < 0.5 ? 'schedule' : 'manual',
      endedEarly: false,
      strict: false,
      digestShown: true,
    });
  }
  const count = 40 + Math.floor(rand() * 160);
  const interruptions: Interruption[] = Array.from({ length: count }, (_, i) => {
    const r = rand();
    // Some on a UTC midnight, some on the hour (a local midnight in whole-hour zones), the rest anywhere.
    const at =
      r < 0.1
        ? Math.floor((from + rand() * (now - from)) / DAY) * DAY
        : r < 0.2
          ? Math.floor((from + rand() * (now - from)) / HOUR) * HOUR
          : Math.floor(from + rand() * (now - from));
    const kind = pick(KINDS);
    return {
      id: `i${seed}-${i}`,
      at,
      lastAt: at,
      offsetMin: 0,
      appId: pick(APPS),
      tabId: 1,
      kind,
      messages: kind === 'peek' ? 0 : 1 + Math.floor(rand() * 4),
      signals: ['title'],
      blockId: null,
      text: null,
      state: 'opened',
    };
  });
  const workHours: ScheduleRule[] = [
    { days: WEEKDAYS.filter(() => rand() < 0.7), start: '08:30', end: '17:15', zone: 'local' },
    // One that crosses midnight, so a working stretch runs across a day's bound.
    { days: [pick(WEEKDAYS)], start: '22:00', end: '02:00', zone: 'local' },
  ];
  return { now, zone, interruptions, blocks, workHours };
}

/** Writes the history through the product's own writers, changing and removing some of it on the way. */
async function writeThroughProduct(h: History, seed: number): Promise<void> {
  const rand = mulberry32(seed ^ 0x5bd1e995);
  const [early, late] = [h.interruptions.filter((_, i) => i % 3 !== 0), h.interruptions.filter((_, i) => i % 3 === 0)];
  // Signals arrive in small batches; some records are written again changed (a merge, a later kind).
  for (let i = 0; i < early.length; i += 7) await putInterruptions(early.slice(i, i + 7));
  const changed = early
    .filter(() => rand() < 0.2)
    .map((r) => ({
      ...r,
      kind: KINDS[(KINDS.indexOf(r.kind) + 1) % KINDS.length]!,
      messages: r.messages + 1,
      appId: rand() < 0.5 ? r.appId : 'discord',
      // A few move to another day, so the old day's rollup must lose them.
      at: rand() < 0.3 ? r.at - DAY : r.at,
    }));
  await putInterruptions(changed);
  for (const b of h.blocks) await putBlock(b);
  // The rest arrives as an imported history file.
  const imported = await importHistoryFile(serializeHistory(late, [], h.now), h.now);
  expect(imported).toMatchObject({ ok: true, imported: late.length });
  // An import whose page closed mid-way: its records are written, then rolled back.
  const stray = h.interruptions.slice(0, 5).map((r, i) => ({ ...r, id: `stray-${seed}-${i}`, at: r.at + 1 }));
  await putInterruptions(stray);
  await writeKv('importInProgress', { heartbeatAt: h.now - 60_000 });
  await writeKv('importIds', { interruptionIds: stray.map((r) => r.id), blockIds: [] });
  expect(await rollBackImport(h.now)).toBe(true);
  // Deleting a block leaves its interruptions.
  const doomed = h.blocks[Math.floor(rand() * h.blocks.length)];
  if (doomed) await deleteBlockRecord(doomed.id);
  // Retention drops the oldest days (the cut falls inside a day).
  await applyRetention({ ...DEFAULT_SETTINGS, privacy: { ...DEFAULT_SETTINGS.privacy, historyDays: 17.3 } }, h.now);
}

/** Every stored rollup equals the rollup built now from the stored records: nothing was repaired yet. */
async function expectRollupsMatchRecords(): Promise<void> {
  const db = await openHeadsDownDb();
  const [records, rollups] = await Promise.all([db.getAll('interruptions'), db.getAll('rollups')]);
  const expected = [...byRollupDay(records)]
    .map(([day, events]) => buildRollup(day, events))
    .sort((a, b) => a.day - b.day);
  expect(rollups.map(rollupEvents)).toEqual(expected.map(rollupEvents));
  expect(rollups.map((r) => r.day)).toEqual(expected.map((r) => r.day));
}

async function inputs(from: number, to: number, h: History): Promise<{ raw: WeekInput; rolled: WeekInput }> {
  const firstDataAt = await firstRecordAt();
  const raw = await readRangeWithAway(from, to, h.now);
  const rolled = await readReportRangeWithAway(from, to, h.now);
  // The page's one-transaction read gives what the separate reads give.
  expect(await readReportInput(from, to, h.now)).toEqual({
    ...rolled,
    settings: await readKv('settings'),
    firstDataAt,
  });
  return {
    raw: { ...raw, workHours: h.workHours, firstDataAt },
    rolled: { ...rolled, workHours: h.workHours, firstDataAt },
  };
}

describe('report figures from rollups', () => {
  it('equal the figures from the records over generated histories, in the zone they were made and after a move', async () => {
    for (let seed = 1; seed <= 24; seed++) {
      globalThis.indexedDB = new IDBFactory();
      forgetDbConnection();
      const h = generate(seed);
      await writeThroughProduct(h, seed);
      await expectRollupsMatchRecords();
      const db = await openHeadsDownDb();
      await db.put('away', { start: h.now - 3 * DAY - 2 * HOUR, end: h.now - 3 * DAY + HOUR });
      // Stored settings and an away span still open: the page's one-transaction read must carry both.
      await writeKv('settings', { ...DEFAULT_SETTINGS, workHours: h.workHours });
      await writeKv('awaySince', h.now - 2 * HOUR);
      for (const zone of [h.zone, ZONES[(ZONES.indexOf(h.zone) + seed) % ZONES.length]!]) {
        for (const firstDay of [1, 7] as const) {
          for (let back = 0; back <= 3; back++) {
            const start = weekStart(h.now - back * 7 * DAY, zone, firstDay);
            const end = weekStart(start + 8 * DAY, zone, firstDay);
            const { raw, rolled } = await inputs(start, end, h);
            expect(rolled.interruptions.length, `seed ${seed} ${zone}`).toBe(raw.interruptions.length);
            expect(buildWeek(rolled, start, zone, h.now), `seed ${seed} ${zone} week ${back}`).toEqual(
              buildWeek(raw, start, zone, h.now),
            );
            expect(weekTotal(rolled, start, zone, h.now)).toEqual(weekTotal(raw, start, zone, h.now));
          }
        }
        const { raw, rolled } = await inputs(h.now - 58 * DAY, h.now, h);
        const suggest = (input: WeekInput) => suggestQuietRules({ ...input, schedule: [], zone, now: h.now });
        expect(suggest(rolled)).toEqual(suggest(raw));
      }
    }
  }, 120_000);

  it('puts each arrival in the heatmap at its local hour, also on DST days and in half-hour zones', () => {
    for (let seed = 1; seed <= 16; seed++) {
      const h = generate(seed);
      for (const zone of [...ZONES, 'Asia/Kathmandu']) {
        const start = weekStart(h.now - 7 * DAY, zone, 1);
        const input: WeekInput = { ...h, away: [], firstDataAt: h.now - 30 * DAY };
        const week = buildWeek(input, start, zone, h.now);
        // Independently: luxon's local date and hour of every arrival that is not a peek.
        const expected = week.days.map(() => new Array<number>(24).fill(0));
        for (const r of h.interruptions) {
          if (r.kind === 'peek' || r.at < week.start || r.at >= week.end || r.at > h.now) continue;
          const local = DateTime.fromMillis(r.at, { zone });
          const row = expected[week.days.findIndex((d) => d.date === local.toISODate())]!;
          row[local.hour]!++;
        }
        expect(week.heatmap, `seed ${seed} ${zone}`).toEqual(expected);
      }
    }
  }, 60_000);

  it('rebuilds every rollup when a writer went around them and said so, then reads them as complete', async () => {
    const now = Date.UTC(2026, 10, 25, 12);
    const kept = { ...generate(3).interruptions[0]!, id: 'kept', at: now - 2 * DAY };
    await putInterruptions([kept]);
    const db = await openHeadsDownDb();
    expect(await db.get('kv', 'rollupsComplete')).toBe(true);
    // A seeder writing the store directly, as the e2e tests and the bench do: it deletes the mark with its write,
    // here also replacing a record with the same count on its day, which no count could have told.
    const tx = db.transaction(['interruptions', 'kv'], 'readwrite');
    void tx.objectStore('interruptions').put({ ...kept, id: 'direct', at: now - DAY, kind: 'held', appId: 'teams' });
    void tx.objectStore('interruptions').put({ ...kept, kind: 'peek', appId: 'gmail', messages: 0 });
    void tx.objectStore('interruptions').put({ ...kept, id: 'old', at: now - 400 * DAY });
    void tx.objectStore('kv').delete('rollupsComplete');
    await tx.done;
    const events = await readReportRange(now - 3 * DAY, now);
    expect(events.interruptions.map((e) => [e.at, e.kind, e.appId])).toEqual([
      [kept.at, 'peek', 'gmail'],
      [now - DAY, 'held', 'teams'],
    ]);
    // Every day, not only the ones read, and the mark is back.
    await expectRollupsMatchRecords();
    expect(await db.get('kv', 'rollupsComplete')).toBe(true);
  });

  it('leaves the rollups and the missing mark as they were when a record cannot be rolled up', async () => {
    const now = Date.UTC(2026, 10, 25, 12);
    const kept = { ...generate(4).interruptions[0]!, id: 'kept', at: now - 2 * DAY };
    await putInterruptions([kept]);
    const db = await openHeadsDownDb();
    const before = await db.getAll('rollups');
    const tx = db.transaction(['interruptions', 'kv'], 'readwrite');
    void tx.objectStore('interruptions').put({ ...kept, id: 'odd', kind: 'unknown' as InterruptionKind });
    void tx.objectStore('kv').delete('rollupsComplete');
    await tx.done;
    await expect(readReportRange(now - 3 * DAY, now)).rejects.toThrow(/unknown interruption kind/);
    expect(await db.getAll('rollups')).toEqual(before);
    expect(await db.get('kv', 'rollupsComplete')).toBeUndefined();
  });

  it('marks the rollups complete after every product write, and after deleting everything', async () => {
    const h = generate(5);
    await writeThroughProduct(h, 5);
    const db = await openHeadsDownDb();
    expect(await db.get('kv', 'rollupsComplete')).toBe(true);
    await deleteAllRecords();
    expect(await db.getAll('rollups')).toEqual([]);
    expect(await db.get('kv', 'rollupsComplete')).toBe(true);
  });
});
