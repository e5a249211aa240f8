// The report's "delete a block" as the background enforces it: a running block is refused (a strict
// one with its own reason), a finished one loses only its block record.
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { handleMessage, handlers } from '@/entrypoints/background/handlers';
import { getBlock, getInterruption, latestBlock, putInterruptions } from '@/utils/records';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { resetBackgroundFakes } from './background-fakes';
import { interruption } from './report/fixtures';

const extensionPage = { url: 'chrome-extension://test/report.html' };

beforeEach(() => {
  resetBackgroundFakes();
});

it('refuses a running strict block and keeps it', async () => {
  await handlers.saveSettings(
    { settings: { ...DEFAULT_SETTINGS, strict: { enabled: true, phrase: 'let me go', earlyEndsPerWeek: 1 } } },
    extensionPage,
  );
  await handlers.startBlock({ minutes: 50 }, extensionPage);
  const block = await latestBlock(Date.now());
  expect(block?.strict).toBe(true);
  expect(await handleMessage({ type: 'deleteBlock', payload: { id: block!.id } }, extensionPage)).toEqual({
    ok: false,
    error: 'A strict block cannot be deleted while it runs.',
  });
  expect(await getBlock(block!.id)).toEqual(block);
});

it('refuses a running block until it has ended, then deletes its record and keeps its interruptions', async () => {
  await handlers.startBlock({ minutes: 25 }, extensionPage);
  const block = (await latestBlock(Date.now()))!;
  const held = interruption(block.start + 1000, { kind: 'held', blockId: block.id });
  await putInterruptions([held]);
  expect(await handlers.deleteBlock({ id: block.id }, extensionPage)).toEqual({
    ok: false,
    error: 'End the block first.',
  });
  await handlers.endBlock({}, extensionPage);
  expect(await handlers.deleteBlock({ id: block.id }, extensionPage)).toEqual({ ok: true });
  expect(await getBlock(block.id)).toBeUndefined();
  expect(await getInterruption(held.id)).toEqual(held);
});

it('says so when the block is gone, and refuses a malformed id', async () => {
  expect(await handlers.deleteBlock({ id: 'nope' }, extensionPage)).toEqual({
    ok: false,
    error: 'That focus block is gone.',
  });
  expect(await handleMessage({ type: 'deleteBlock', payload: { id: 7 } }, extensionPage)).toEqual({
    ok: false,
    error: 'That focus block is gone.',
  });
});
