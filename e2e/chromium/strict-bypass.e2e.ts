/**
 * Issue 16, finding 3 in real Chromium: a running strict block survives every way around its cost
 * that the options page, the popup and the report offer: pausing the schedule, saving an empty
 * schedule, deleting all data, switching strict mode off, switching an app off. Only the typed
 * phrase ends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, launchBrowser } from '../harness';
import { ask, stored, until } from '../product';

interface Status {
  block: { id: string; start: number; end: number; strict: boolean } | null;
}
type Reply = { ok: boolean; error?: string; notice?: string };

let h: BrowserHandle;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('a running strict block', () => {
  it('survives every bypass and ends only with its phrase', async () => {
    const settings = await ask<Record<string, unknown> & { strict: object; disabledApps: string[] }>(h, 'getSettings');
    const strictOn = { ...settings, strict: { enabled: true, phrase: 'I really want to stop', earlyEndsPerWeek: 2 } };
    expect(await ask(h, 'saveSettings', { settings: strictOn })).toEqual({ ok: true });
    expect(await ask(h, 'startBlock', { minutes: 50 })).toEqual({ ok: true });
    const block = (await until(
      async () => (await ask<Status>(h, 'getStatus')).block,
      5_000,
      'the block',
    )) as NonNullable<Status['block']>;
    expect(block.strict).toBe(true);
    const stillRunning = async (what: string) => {
      const now = await ask<Status>(h, 'getStatus');
      expect(now.block, what).toMatchObject({ id: block.id, start: block.start, end: block.end, strict: true });
      expect((await stored<{ block: { id: string } | null }>(h, 'focusState'))?.block?.id, what).toBe(block.id);
    };

    const attempts: Array<[string, string, unknown]> = [
      ['pausing the schedule', 'pauseSchedule', { until: Date.now() + 3 * 3_600_000 }],
      ['deleting all data', 'deleteAllData', undefined],
      [
        'switching strict mode off',
        'saveSettings',
        { settings: { ...strictOn, strict: { ...strictOn.strict, enabled: false } } },
      ],
      ['switching an app off', 'saveSettings', { settings: { ...strictOn, disabledApps: ['slack'] } }],
      ['ending without the phrase', 'endBlock', {}],
      ['ending with a wrong phrase', 'endBlock', { phrase: 'let me out' }],
    ];
    for (const [what, type, payload] of attempts) {
      const reply = await ask<Reply>(h, type, payload);
      expect(reply.ok, `${what} is refused`).toBe(false);
      expect(reply.error, `${what} says why`).toBeTruthy();
      await stillRunning(what);
    }
    // An empty schedule is saved (the person's edit is kept) but the block keeps its end, and says so.
    const emptied = await ask<Reply>(h, 'saveSchedule', {
      file: { format: 'heads-down-schedule', version: 1, rules: [] },
    });
    expect(emptied.ok).toBe(true);
    expect(emptied.notice).toBeTruthy();
    await stillRunning('saving an empty schedule');

    expect(await ask(h, 'endBlock', { phrase: 'I really want to stop' })).toEqual({ ok: true });
    await until(async () => (await ask<Status>(h, 'getStatus')).block === null, 5_000, 'the block to end');
  });
});
