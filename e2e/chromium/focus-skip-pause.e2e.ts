/**
 * Issue 3 in real Chromium: "skip the next block" and "pause the schedule until…" move the next
 * scheduled window and the one boundary alarm exactly as a daily rule's arithmetic says, through
 * the protocol and through the popup's own buttons and pause form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHandle, launchBrowser, openExtensionPage } from '../harness';
import { ask, until } from '../product';
import { allAlarms } from './helpers/browser-state';
import { DAY, EVERY_DAY, MINUTE, ruleFor, scheduleOf } from './helpers/utc-rules';

type Status = { block: unknown; next: { start: number; end: number } | null; pausedUntil: number | null };

let h: BrowserHandle;
/** Occurrence k of the daily rule: [s0 + k days, s0 + k days + 30 min). */
let s0: number;
const occurrence = (k: number) => ({ start: s0 + k * DAY, end: s0 + k * DAY + 30 * MINUTE });

beforeAll(async () => {
  h = await launchBrowser();
  // Three hours ahead, so no occurrence runs during the test; every day, so "next" moves by a day.
  s0 = Math.floor(Date.now() / MINUTE) * MINUTE + 3 * 60 * MINUTE;
  expect(await ask(h, 'saveSchedule', { file: scheduleOf(ruleFor(s0, 30, EVERY_DAY)) })).toEqual({ ok: true });
});
afterAll(async () => {
  await h?.close();
});

/** getStatus and the one alarm both agree that `expected` is next, with the given pause. */
async function expectNext(expected: { start: number; end: number }, pausedUntil: number | null): Promise<void> {
  const status = await ask<Status>(h, 'getStatus');
  expect(status.block).toBeNull();
  expect(status.next).toEqual(expected);
  expect(status.pausedUntil).toBe(pausedUntil);
  expect((await allAlarms(h)).map((a) => [a.name, a.scheduledTime])).toEqual([['boundary', expected.start]]);
}

/** `t`'s short weekday and its "h:mm" (no AM/PM: a time range shares one mark) in the popup's locale and zone. */
function dayAndClock(popup: Page, t: number): Promise<[string, string]> {
  return popup.evaluate((ms) => {
    const parts = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).formatToParts(ms);
    const from = parts.findIndex((p) => p.type === 'hour');
    const to = parts.findIndex((p) => p.type === 'minute');
    const clock = parts
      .slice(from, to + 1)
      .map((p) => p.value)
      .join('');
    return [new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(ms), clock] as [string, string];
  }, t);
}

/** Waits until the popup element `selector` names `t`'s weekday and clock time. */
async function expectPopupNames(popup: Page, selector: string, t: number): Promise<void> {
  const [day, clock] = await dayAndClock(popup, t);
  await until(
    async () => {
      const text =
        (await popup
          .locator(selector)
          .textContent({ timeout: 1_000 })
          .catch(() => null)) ?? '';
      return text.includes(day) && text.includes(clock);
    },
    5_000,
    `${selector} to show ${day} ${clock}`,
  );
}

const expectPopupNext = (popup: Page, start: number) => expectPopupNames(popup, '.next-line', start);

describe('skip and pause', () => {
  it('through the protocol: skip moves next a day on, pause hides blocks until its end, resume brings them back', async () => {
    await expectNext(occurrence(0), null);
    expect(await ask(h, 'skipNextBlock')).toEqual({ ok: true });
    await expectNext(occurrence(1), null);

    // Pausing until an hour into day 1 suppresses occurrence 1 (it would start before then).
    const until1 = occurrence(1).start + 60 * MINUTE;
    expect(await ask(h, 'pauseSchedule', { until: until1 })).toEqual({ ok: true });
    await expectNext(occurrence(2), until1);
    expect(occurrence(2).start).toBeGreaterThan(until1);

    expect(await ask(h, 'pauseSchedule', { until: null })).toEqual({ ok: true });
    // The skip still holds (occurrence 0 stays skipped); only the pause is gone.
    await expectNext(occurrence(1), null);
    // A pause in the past is refused and changes nothing.
    expect(await ask(h, 'pauseSchedule', { until: Date.now() - MINUTE })).toMatchObject({ ok: false });
    await expectNext(occurrence(1), null);
  });

  it("through the popup's Skip next, Pause schedule… and Resume schedule", async () => {
    const popup = await openExtensionPage(h, 'popup.html');
    await expectPopupNext(popup, occurrence(1).start);

    await popup.getByRole('button', { name: 'Skip next' }).click();
    await expectPopupNext(popup, occurrence(2).start);
    await expectNext(occurrence(2), null);

    // Pause until an hour into day 3, typed into the form in the popup's own time zone.
    const pauseEnd = occurrence(3).start + 60 * MINUTE;
    const typed = await popup.evaluate((t) => {
      const d = new Date(t);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
    }, pauseEnd);
    await popup.getByRole('button', { name: 'Pause schedule…' }).click();
    await popup.getByLabel('Pause the schedule until').fill(typed);
    await popup.getByRole('button', { name: 'Pause', exact: true }).click();
    await expectPopupNames(popup, '.paused-note', pauseEnd);
    await expectPopupNext(popup, occurrence(4).start);
    await expectNext(occurrence(4), pauseEnd);

    await popup.getByRole('button', { name: 'Resume schedule' }).click();
    await expectPopupNext(popup, occurrence(2).start);
    await expectNext(occurrence(2), null);
    expect(await popup.locator('.paused-note').count()).toBe(0);
    await popup.close();
  });
});
