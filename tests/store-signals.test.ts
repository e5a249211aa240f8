import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeSignals } from '@/entrypoints/background/store-signals';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import type { ObservedSignal } from '@/utils/messages';
import type { FocusBlock } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
});

const T0 = Date.UTC(2026, 10, 25, 9, 0);
const block: FocusBlock = {
  id: 'b1',
  start: T0,
  end: T0 + 50 * 60_000,
  endedAt: null,
  origin: 'manual',
  endedEarly: false,
  strict: false,
  digestShown: false,
};
const source = { tabId: 7, appId: 'slack' };
const note = (at: number, title = 'Alice', body = 'hi'): ObservedSignal => ({
  kind: 'notification',
  at,
  messages: 1,
  title,
  body,
});
const rise = (at: number, messages = 1): ObservedSignal => ({ kind: 'title', at, messages });

async function all() {
  return (await openHeadsDownDb()).getAll('interruptions');
}

describe('storeSignals', () => {
  it('stores one message (notification + title + favicon + sound) as one held interruption', async () => {
    const at = T0 + 60_000;
    await storeSignals(
      'b-1',
      [
        note(at),
        rise(at + 5),
        { kind: 'favicon', at: at + 8, messages: 1 },
        { kind: 'sound', at: at + 9, messages: 1 },
      ],
      source,
      [block],
      DEFAULT_SETTINGS,
    );
    const records = await all();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'held',
      messages: 1,
      blockId: 'b1',
      appId: 'slack',
      tabId: 7,
      state: 'pending',
      text: { title: 'Alice', body: 'hi' },
    });
  });

  it('groups a batch given out of order by time, through the tested grouper (utils/interruptions.ts)', async () => {
    // Each 2.5 s after the last, so one chain in time order; taken as they came, the first would stand
    // alone (5 s from the next) and the other two would make a second record.
    const at = T0 + 60_000;
    const signals = [note(at + 5_000, 'Cleo'), note(at), note(at + 2_500, 'Bob')];
    const reply = await storeSignals('ooo', signals, source, [block], DEFAULT_SETTINGS);
    const records = await all();
    expect(reply.changed).toBe(1);
    expect(records.map((r) => [r.at, r.lastAt, r.messages, r.text?.title])).toEqual([[at, at + 5_000, 3, 'Alice']]);
  });

  it('joins a later batch’s earlier signal to the tab’s record, and keeps the latest record for the next batch', async () => {
    const at = T0 + 60_000;
    // Given newest first: the record the tab's next signal may join is still the newer one.
    await storeSignals('late-1', [note(at + 30_000, 'Bob'), note(at + 2_000)], source, [block], DEFAULT_SETTINGS);
    // Sent later, seen just after the second message: it joins that record, not the first.
    await storeSignals('late-2', [rise(at + 30_500)], source, [block], DEFAULT_SETTINGS);
    const records = (await all()).sort((a, b) => a.at - b.at);
    expect(records.map((r) => [r.at, r.lastAt, r.signals])).toEqual([
      [at + 2_000, at + 2_000, ['notification']],
      [at + 30_000, at + 30_500, ['notification', 'title']],
    ]);
  });

  it('never stores a retried batch twice, however often it is sent', async () => {
    const batch = [note(T0 + 1000), rise(T0 + 1001)];
    for (let i = 0; i < 20; i++) await storeSignals('same-batch', batch, source, [block], DEFAULT_SETTINGS);
    const records = await all();
    expect(records).toHaveLength(1);
    expect(records[0]!.messages).toBe(1);
  });

  it('counts a burst of 1,000 notifications in one second as one interruption of 1,000 messages, across batches', async () => {
    const signals = Array.from({ length: 1000 }, (_, i) => note(T0 + i));
    for (let b = 0; b < 1000; b += 500)
      await storeSignals(`burst-${b}`, signals.slice(b, b + 500), source, [block], DEFAULT_SETTINGS);
    const records = await all();
    expect(records).toHaveLength(1);
    expect(records[0]!.messages).toBe(1000);
  });

  it('records signals outside a block as delivered and keyword matches inside as breakthroughs', async () => {
    await storeSignals('x1', [note(T0 - 600_000)], source, [], DEFAULT_SETTINGS);
    await storeSignals('x2', [note(T0 + 600_000, 'Bob', 'this is URGENT')], source, [block], DEFAULT_SETTINGS);
    const kinds = (await all()).sort((a, b) => a.at - b.at).map((r) => r.kind);
    expect(kinds).toEqual(['delivered', 'breakthrough']);
  });

  it('decides breakthroughs itself: a page claiming one is still held', async () => {
    // An older guard's field, or a page's claim: either way not a judgement the background takes.
    const claim = { ...note(T0 + 1), breakthrough: true } as ObservedSignal;
    await storeSignals('forged', [claim], source, [block], DEFAULT_SETTINGS);
    expect((await all())[0]!.kind).toBe('held');
  });

  it('keeps no text when the person chose counts only', async () => {
    const settings = { ...DEFAULT_SETTINGS, privacy: { ...DEFAULT_SETTINGS.privacy, keepText: false } };
    await storeSignals('p', [note(T0 + 1, 'Secret', 'body')], source, [block], settings);
    expect((await all())[0]!.text).toBeNull();
  });

  it('keeps separate messages separate and tabs apart', async () => {
    await storeSignals('s1', [note(T0 + 1000)], source, [block], DEFAULT_SETTINGS);
    await storeSignals('s2', [note(T0 + 30_000)], source, [block], DEFAULT_SETTINGS);
    await storeSignals('s3', [note(T0 + 30_001)], { tabId: 8, appId: 'gmail' }, [block], DEFAULT_SETTINGS);
    expect(await all()).toHaveLength(3);
  });

  it('judges a late batch by when the page saw each signal, not by when it arrived', async () => {
    // Seen 100 ms before the block started, stored 200 ms after: it reached the person.
    await storeSignals('before', [note(T0 - 100)], source, [block], DEFAULT_SETTINGS);
    // Seen during a block that has ended by the time the batch arrives: still held in that block.
    const ended = { ...block, endedAt: T0 + 60_000 };
    await storeSignals('late', [note(T0 + 59_900)], { tabId: 8, appId: 'gmail' }, [ended], DEFAULT_SETTINGS);
    const byApp = Object.fromEntries((await all()).map((r) => [r.appId, [r.kind, r.blockId]]));
    expect(byApp).toEqual({ slack: ['delivered', null], gmail: ['held', 'b1'] });
  });
});

describe('held signals at a block’s edges (issue 16, finding 1)', () => {
  const END = block.end;
  const held = (at: number, title = 'Kim', body = 'hi'): ObservedSignal => ({ ...note(at, title, body), held: true });
  const ended = { ...block, endedAt: END };
  const digested = { ...ended, digestShown: true };

  it('a notification the guard held just after the end joins the block that just ended', async () => {
    const stored = await storeSignals('late', [held(END + 20)], source, [ended], DEFAULT_SETTINGS);
    const [record] = await all();
    expect([record!.kind, record!.blockId, record!.state]).toEqual(['held', 'b1', 'pending']);
    expect(stored.notices).toEqual([]); // the block's digest, still to come, will carry it
  });

  it('also before the worker has marked the block ended (its alarm has not run yet)', async () => {
    await storeSignals('late', [held(END + 20)], source, [block], DEFAULT_SETTINGS);
    const [record] = await all();
    expect([record!.kind, record!.blockId, record!.state]).toEqual(['held', 'b1', 'pending']);
  });

  it('shows a held notification whose block’s digest is already out, and lists it as released', async () => {
    const stored = await storeSignals(
      'late',
      [held(END + 20, 'Kim', 'late one')],
      source,
      [digested],
      DEFAULT_SETTINGS,
    );
    const [record] = await all();
    expect([record!.kind, record!.blockId, record!.state]).toEqual(['held', 'b1', 'released']);
    expect(stored.notices).toEqual([{ tabId: 7, appId: 'slack', title: 'Kim', body: 'late one' }]);
  });

  it('a notification the page showed itself after the end reached the person: delivered, not shown again', async () => {
    const stored = await storeSignals('shown', [note(END + 20)], source, [ended], DEFAULT_SETTINGS);
    const [record] = await all();
    expect([record!.kind, record!.blockId]).toEqual(['delivered', null]);
    expect(stored.notices).toEqual([]);
  });

  it('a late batch that arrives after a new block began still belongs to the block it was held in', async () => {
    const next: FocusBlock = { ...block, id: 'b2', start: END + 2_000, end: END + 3_600_000 };
    const stored = await storeSignals('late', [held(END - 400)], source, [next, digested], DEFAULT_SETTINGS);
    const [record] = await all();
    expect([record!.kind, record!.blockId, record!.state]).toEqual(['held', 'b1', 'released']);
    expect(stored.notices).toHaveLength(1);
  });

  it('a held notification long after any block is shown by the extension, never swallowed', async () => {
    const stored = await storeSignals('stale', [held(END + 60_000)], source, [ended], DEFAULT_SETTINGS);
    const [record] = await all();
    expect([record!.kind, record!.blockId]).toEqual(['delivered', null]);
    expect(stored.notices).toHaveLength(1);
  });

  it('judges breakthroughs itself and shows a held one with the extension’s notification', async () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      breakthrough: { ...DEFAULT_SETTINGS.breakthrough, vips: ['Dana Whitfield'] },
    };
    const stored = await storeSignals(
      'vip',
      [held(T0 + 1_000, 'Dana Whitfield in #general', 'quick one'), held(T0 + 60_000, 'Kim', 'lunch?')],
      source,
      [block],
      settings,
    );
    const kinds = (await all()).sort((a, b) => a.at - b.at).map((r) => r.kind);
    expect(kinds).toEqual(['breakthrough', 'held']);
    expect(stored.notices.map((n) => n.title)).toEqual(['Dana Whitfield in #general']);
  });

  it('shows nothing twice for a retried batch', async () => {
    await storeSignals('again', [held(END + 20)], source, [digested], DEFAULT_SETTINGS);
    const second = await storeSignals('again', [held(END + 20)], source, [digested], DEFAULT_SETTINGS);
    expect(second).toEqual({ changed: 0, notices: [] });
    expect(await all()).toHaveLength(1);
  });
});
