// The optional schedule mirror in the browser's sync storage, against WXT's fake browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/handlers';
import { adoptSyncedSchedule } from '@/entrypoints/background/sync';
import { forgetDbConnection } from '@/utils/db';
import type { ScheduleFile } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const page = { url: 'chrome-extension://test/options.html' };
const mine: ScheduleFile = {
  format: 'heads-down-schedule',
  version: 1,
  rules: [{ days: ['tue'], start: '08:00', end: '10:00', zone: 'UTC' }],
};
const theirs: ScheduleFile = {
  ...mine,
  rules: [{ days: ['fri'], start: '13:00', end: '15:30', zone: 'Asia/Kolkata' }],
};

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
  for (const name of ['setIcon', 'setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const)
    vi.spyOn(fakeBrowser.action, name).mockResolvedValue(undefined as never);
});

describe('schedule sync', () => {
  it('stays off unless the person turns it on', async () => {
    await handlers.saveSchedule({ file: mine }, page);
    expect(await fakeBrowser.storage.sync.get('schedule')).toEqual({});
    expect(await adoptSyncedSchedule(theirs)).toBe(false);
    expect(await handlers.getSchedule(undefined, page)).toEqual(mine);
  });

  it('mirrors saves, and adopts a valid schedule from another browser but never a broken one', async () => {
    await handlers.saveSettings({ settings: { ...DEFAULT_SETTINGS, syncSchedule: true } }, page);
    await handlers.saveSchedule({ file: mine }, page);
    expect((await fakeBrowser.storage.sync.get('schedule')).schedule).toEqual(mine);

    expect(await adoptSyncedSchedule({ ...theirs, rules: [{ ...theirs.rules[0], zone: 'Nowhere/Atlantis' }] })).toBe(
      false,
    );
    expect(await handlers.getSchedule(undefined, page)).toEqual(mine);

    expect(await adoptSyncedSchedule(theirs)).toBe(true);
    expect(await handlers.getSchedule(undefined, page)).toEqual(theirs);
    expect(await adoptSyncedSchedule(theirs)).toBe(false); // unchanged: nothing to do
  });
});
