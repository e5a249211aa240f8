// Issue 16, findings 2, 3 and 4 at the background's level (WXT's fake browser, fake-indexeddb):
// a running strict block survives every bypass, imported or future blocks never pass for the
// running one, and a clock set back never stores an end before a start.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recompute } from '@/entrypoints/background/engine';
import { handlers } from '@/entrypoints/background/handlers';
import { type FocusOverrides, openHeadsDownDb } from '@/utils/db';
import { parseHistoryFile, serializeHistory } from '@/utils/history-file';
import type { FocusBlock, ScheduleFile } from '@/utils/model';
import { latestBlock, openBlock } from '@/utils/records';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { resetBackgroundFakes } from './background-fakes';

const page = { url: 'chrome-extension://test/options.html' };
const MINUTE = 60_000;
const STRICT: Settings = { ...DEFAULT_SETTINGS, strict: { enabled: true, phrase: 'let me go', earlyEndsPerWeek: 2 } };

beforeEach(() => {
  resetBackgroundFakes();
});
afterEach(() => vi.useRealTimers());

async function strictBlockRunning(): Promise<FocusBlock> {
  expect(await handlers.saveSettings({ settings: STRICT }, page)).toEqual({ ok: true });
  expect(await handlers.startBlock({ minutes: 50 }, page)).toEqual({ ok: true });
  const block = await openBlock();
  expect(block?.strict).toBe(true);
  return block!;
}

/** The block still runs, unchanged in span and strictness. */
async function expectStillRunning(block: FocusBlock) {
  const status = await handlers.getStatus(undefined, page);
  expect(status.block).toMatchObject({ id: block.id, start: block.start, end: block.end, strict: true });
}

const aSchedule: ScheduleFile = {
  format: 'heads-down-schedule',
  version: 1,
  rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '03:00', end: '03:30', zone: 'UTC' }],
};

describe('a running strict block survives every bypass (finding 3)', () => {
  it('pausing the schedule is refused with the reason, and the block runs on', async () => {
    const block = await strictBlockRunning();
    const reply = await handlers.pauseSchedule({ until: Date.now() + 3 * 3_600_000 }, page);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Pausing would end it') });
    await expectStillRunning(block);
    // Resuming (no pause) takes nothing away, so it stays allowed.
    expect(await handlers.pauseSchedule({ until: null }, page)).toEqual({ ok: true });
  });

  it('saving an empty (or any other) schedule is saved, says the block keeps its end, and the block runs on', async () => {
    const block = await strictBlockRunning();
    expect(await handlers.saveSchedule({ file: aSchedule }, page)).toMatchObject({ ok: true });
    const reply = await handlers.saveSchedule({ file: { ...aSchedule, rules: [] } }, page);
    expect(reply).toEqual({ ok: true, notice: expect.stringContaining('the new schedule applies after it') });
    expect((await handlers.getSchedule(undefined, page)).rules).toEqual([]);
    await expectStillRunning(block);
  });

  it('deleting all data is refused and deletes nothing', async () => {
    const block = await strictBlockRunning();
    const reply = await handlers.deleteAllData(undefined, page);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Deleting all data would end it') });
    await expectStillRunning(block);
    expect((await handlers.getSettings(undefined, page)).strict.enabled).toBe(true);
  });

  it('changing or switching off the strict settings mid-block is refused', async () => {
    const block = await strictBlockRunning();
    for (const strict of [
      { ...STRICT.strict, enabled: false },
      { ...STRICT.strict, phrase: 'okay' },
      { ...STRICT.strict, earlyEndsPerWeek: 50 },
    ]) {
      const reply = await handlers.saveSettings({ settings: { ...STRICT, strict } }, page);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Strict settings cannot change') });
    }
    expect((await handlers.getSettings(undefined, page)).strict).toEqual(STRICT.strict);
    await expectStillRunning(block);
    // The phrase is still the cost of ending early.
    expect(await handlers.endBlock({ phrase: 'okay' }, page)).toMatchObject({ ok: false });
    expect(await handlers.endBlock({ phrase: 'let me go' }, page)).toEqual({ ok: true });
    expect((await handlers.getStatus(undefined, page)).block).toBeNull();
  });

  it('switching an app off (or letting it through) mid-block is refused; other settings still save', async () => {
    const block = await strictBlockRunning();
    for (const settings of [
      { ...STRICT, disabledApps: ['slack'] },
      { ...STRICT, breakthrough: { ...STRICT.breakthrough, neverHold: ['gmail'] } },
    ]) {
      const reply = await handlers.saveSettings({ settings }, page);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Apps cannot be switched off') });
    }
    expect(await handlers.saveSettings({ settings: { ...STRICT, showHeldCount: false } }, page)).toEqual({ ok: true });
    await expectStillRunning(block);
  });

  it('a pause or suppression written behind the handlers back does not end it either (the engine pins it)', async () => {
    const block = await strictBlockRunning();
    const db = await openHeadsDownDb();
    const overrides = (await db.get('kv', 'overrides')) as FocusOverrides;
    await db.put('kv', { ...overrides, manual: [], pausedUntil: Date.now() + 3_600_000 }, 'overrides');
    await recompute();
    await expectStillRunning(block);
  });

  it('a clock set back one hour neither ends the block nor stores an end before its start (findings 3, 4)', async () => {
    const block = await strictBlockRunning();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(block.start - 60 * MINUTE);
    await recompute();
    const stored = await (await openHeadsDownDb()).getAll('blocks');
    expect(stored).toEqual([expect.objectContaining({ id: block.id, endedAt: null, start: block.start })]);
    // A non-strict block ended while the clock is behind records its start as its end, never before it.
    vi.useRealTimers();
    await handlers.endBlock({ phrase: 'let me go' }, page);
    for (const b of await (await openHeadsDownDb()).getAll('blocks'))
      expect(b.endedAt === null || b.endedAt >= b.start).toBe(true);
  });
});

describe('the running block is found by identity, not by start time (finding 2)', () => {
  it('future blocks and an open block written by an old import never pass for the running one', async () => {
    const block = await strictBlockRunning();
    const db = await openHeadsDownDb();
    const far = Date.now() + 365 * 86_400_000;
    for (let i = 0; i < 6; i++)
      await db.put('blocks', { ...block, id: `future-${i}`, start: far + i, end: far + i + 1, endedAt: far + i + 1 });
    await db.put('blocks', { ...block, id: 'imported-open', start: Date.now() - 1000, strict: false, endedAt: null });
    expect((await openBlock())?.id).toBe(block.id);
    expect((await latestBlock(Date.now()))?.id).toBe(block.id);
    await expectStillRunning(block);
    // Ending still costs the phrase: the open imported block is not taken for the strict one.
    expect(await handlers.endBlock({}, page)).toMatchObject({ ok: false });
    await recompute();
    await expectStillRunning(block);
  });

  it('a late batch after the block is judged by the latest block that started, never a future one', async () => {
    const db = await openHeadsDownDb();
    const now = Date.now();
    const past: FocusBlock = {
      id: 'past',
      start: now - 60 * MINUTE,
      end: now - 30 * MINUTE,
      endedAt: now - 30 * MINUTE,
      origin: 'manual',
      endedEarly: false,
      strict: false,
      digestShown: true,
    };
    await db.put('blocks', past);
    await db.put('blocks', { ...past, id: 'future', start: now + 86_400_000, end: now + 86_400_001 });
    expect((await latestBlock(now))?.id).toBe('past');
  });
});

describe('the clock and the limits (finding 4)', () => {
  it("the product's own export after a clock set back is accepted by its own import", async () => {
    await handlers.startBlock({ minutes: 30 }, page);
    const block = (await openBlock())!;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(block.start - 60 * MINUTE);
    await handlers.endBlock({}, page);
    await recompute();
    vi.setSystemTime(block.start + 120 * MINUTE);
    await recompute();
    const db = await openHeadsDownDb();
    const text = serializeHistory(await db.getAll('interruptions'), await db.getAll('blocks'), Date.now());
    expect(parseHistoryFile(text)).toMatchObject({ ok: true });
  });
});
