/**
 * Issue 3 in real Chromium: a bad schedule file chosen in the options page's import shows what is
 * wrong and changes nothing (the background's schedule and alarm are identical before and after);
 * a good file, chosen the same way, does change them, so the "nothing changed" checks can fail.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, launchBrowser, openExtensionPage } from '../harness';
import { ask } from '../product';
import { allAlarms } from './helpers/browser-state';
import { EVERY_DAY, MINUTE, ruleFor, scheduleOf } from './helpers/utc-rules';

let h: BrowserHandle;
let options: Page;

const good = {
  format: 'heads-down-schedule',
  version: 1,
  rules: [{ days: ['mon', 'wed'], start: '09:00', end: '11:00', zone: 'Europe/Berlin' }],
};
const withRule = (rule: object) => ({ ...good, rules: [good.rules[0], rule] });

/** Bad files, each with words its message must contain (what a person needs to find the mistake). */
const BAD_FILES: Array<{ name: string; text: string; says: string[] }> = [
  { name: 'not-json.json', text: '{ "format": "heads-down-schedule", "rules": [', says: ['not valid JSON'] },
  { name: 'empty.json', text: '', says: ['not valid JSON'] },
  {
    name: 'wrong-format.json',
    text: JSON.stringify({ ...good, format: 'google-calendar' }),
    says: ['"format"', 'google-calendar'],
  },
  { name: 'wrong-version.json', text: JSON.stringify({ ...good, version: 2 }), says: ['"version"', '2'] },
  {
    name: 'start-equals-end.json',
    text: JSON.stringify(withRule({ days: ['tue'], start: '10:00', end: '10:00', zone: 'UTC' })),
    says: ['rule 2', 'same time'],
  },
  {
    name: 'unknown-zone.json',
    text: JSON.stringify(withRule({ days: ['tue'], start: '10:00', end: '12:00', zone: 'Mars/Olympus_Mons' })),
    says: ['rule 2', 'Mars/Olympus_Mons'],
  },
  {
    name: 'bad-day.json',
    text: JSON.stringify(withRule({ days: ['tue', 'funday'], start: '10:00', end: '12:00', zone: 'UTC' })),
    says: ['rule 2', 'funday'],
  },
  {
    name: 'bad-time.json',
    text: JSON.stringify(withRule({ days: ['tue'], start: '25:00', end: '12:00', zone: 'UTC' })),
    says: ['rule 2', '25:00'],
  },
  { name: 'rules-not-list.json', text: JSON.stringify({ ...good, rules: 'mon 9-11' }), says: ['"rules"'] },
];

beforeAll(async () => {
  h = await launchBrowser();
  // A schedule in force, with its alarm, that a bad import must leave exactly as it is.
  const first = Math.floor(Date.now() / MINUTE) * MINUTE + 5 * 60 * MINUTE;
  expect(await ask(h, 'saveSchedule', { file: scheduleOf(ruleFor(first, 45, EVERY_DAY)) })).toEqual({ ok: true });
  options = await openExtensionPage(h, 'options.html');
  // The visible button opens the picker; the hidden file input (same name) is what receives the file.
  await options.locator('input[type="file"]').waitFor({ state: 'attached' });
});
afterAll(async () => {
  await h?.close();
});

/** Chooses a file in the import's file input, as the file picker would. */
async function importFile(name: string, text: string): Promise<void> {
  await options
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

describe('schedule import on the options page', () => {
  it.each(BAD_FILES)('refuses $name, says why, and changes nothing', async ({ name, text, says }) => {
    const schedule = await ask(h, 'getSchedule');
    const alarms = await allAlarms(h);
    await importFile(name, text);
    const alert = options.getByRole('alert').filter({ hasText: name });
    await alert.waitFor({ state: 'visible', timeout: 5_000 });
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('nothing was changed');
    for (const words of says) expect(message).toContain(words);
    // Give a stray write time to land before comparing.
    await options.waitForTimeout(300);
    expect(await ask(h, 'getSchedule')).toEqual(schedule);
    expect(await allAlarms(h)).toEqual(alarms);
  });

  it('imports a good file the same way, replacing the schedule (the control case)', async () => {
    await importFile('good.json', JSON.stringify(good));
    await options.getByRole('status').filter({ hasText: 'Imported 1 rule' }).waitFor({ state: 'visible' });
    expect(await ask(h, 'getSchedule')).toEqual(good);
  });
});
