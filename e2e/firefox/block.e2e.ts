/**
 * Issue 10 in firefox-esr: a focus block started from the popup holds the fixture apps (titles,
 * favicons, notifications, sounds), the popup lists what is held and counts the peeks, and ending it
 * (from the popup, by its alarm, or through the strict phrase) shows the digest, checked against what
 * the apps sent, and gives every tab back. The script and its expected numbers are the Chromium
 * session's (e2e/chromium/session-helpers/script.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, ruleFor, scheduleOf, wholeMinuteAfter } from '../chromium/helpers/utc-rules';
import { label } from '../chromium/session-helpers/popup';
import { missingSignals, runSteps } from '../chromium/session-helpers/run';
import { APP_NAMES, type Expected, expectedFrom, isKeyword, SESSION } from '../chromium/session-helpers/script';
import type { FixtureAppId } from '../fixtures/apps';
import { alerts, clickButton, figure, openPopup, readPopupWhen, reloadPopup } from './popup';
import { ask, digests, type FirefoxProduct, launchProduct, openApp, openExtensionPage, stored, until } from './product';
import { digestCounts, expectTabsGuarded, expectTabsReleased } from './release-checks';

let product: FirefoxProduct | undefined;
let startError: unknown;
const pages: Partial<Record<FixtureAppId, Page>> = {};
const APPS = [...new Set(SESSION.map((s) => s.app))];

function running(): FirefoxProduct {
  if (!product) throw startError ?? new Error('Firefox did not start.');
  return product;
}

beforeAll(async () => {
  try {
    product = await launchProduct();
    for (const id of APPS) pages[id] = await openApp(product, id);
    // The person starts on a page that is not watched, so no visit is in progress when the block begins.
    await product.control.bringToFront();
  } catch (error) {
    startError = error;
  }
});
// Each test starts with no block running, whatever the one before it left.
afterEach(async () => {
  const p = product;
  if (!p || !(await blockRunning(p))) return;
  const settings = await ask<{ strict: { phrase: string } }>(p, 'getSettings');
  await ask(p, 'endBlock', { phrase: settings.strict.phrase });
});
afterAll(async () => {
  await product?.close();
});

const blockRunning = async (p: FirefoxProduct) => Boolean((await stored<{ block: unknown }>(p, 'focusState'))?.block);

/** Starts a block from the popup's preset button and waits until the content scripts can see it. */
async function startFromPopup(p: FirefoxProduct, popup: Page, minutes: number): Promise<void> {
  await clickButton(popup, label('popup_startPresetLabel').replace('$MINUTES$', String(minutes)));
  await until(() => blockRunning(p), 10_000, 'the block in the shared focus state');
}

/** Waits for a digest other than the ones in `seen`, and returns it. */
async function nextDigest(p: FirefoxProduct, seen: Set<string>, timeoutMs: number) {
  return until(async () => (await digests(p)).find((d) => !seen.has(d.id)), timeoutMs, 'a new digest notification');
}

/** Per app display name, the held items the script implies (what the digest lists). */
function expectedDigest(e: Expected): Record<string, number> {
  return Object.fromEntries(
    Object.entries(e.heldByApp).map(([id, g]) => [APP_NAMES[id as FixtureAppId] ?? id, g.items]),
  );
}

/** The performance mark the report sets once the shown week's figures are in the DOM (entrypoints/report/App.tsx). */
const READY_MARK = 'heads-down:report-ready';

describe('a focus block in Firefox, from the popup', () => {
  it('holds the apps, lists what it held and the peeks, and ending it from the popup shows the digest and gives the tabs back', async () => {
    const p = running();
    const seen = new Set((await digests(p)).map((d) => d.id));
    // The session's 'before' phase is left out: those messages reach the person as real
    // notifications, and Firefox's own alert windows then take the focus BiDi opens tabs in.
    const popup = await openPopup(p);
    await startFromPopup(p, popup, 25);
    await p.control.bringToFront();

    const outcomes = await runSteps(
      SESSION.filter((s) => s.phase === 'block'),
      pages,
      p.control,
    );
    const expected = expectedFrom(SESSION, ['block']);
    // Ground truth from the apps themselves: each held single fired all four signals (as in Chromium),
    // each burst sent and notified n times.
    for (const o of outcomes) {
      if (o.kind === 'message' && !isKeyword(o.step.text))
        expect(missingSignals(o.result), `${o.step.app}: ${o.step.text}`).toEqual([]);
      if (o.kind === 'burst') {
        expect(o.result.messages).toBe(o.step.n);
        expect(o.result.notificationsAttempted).toBe(o.step.n);
      }
    }

    // Held: no count in any tab title, badges gone, the notifications the apps raised never shown,
    // tabs that played sound muted.
    const heldFavicons = await expectTabsGuarded(p, pages, APPS);

    // The popup lists what was held, per app, and counts both peeks.
    const view = await readPopupWhen(
      popup,
      (v) => v.heldTotal === expected.messagesHeld && figure(v, 'popup_figPeeks') === expected.peeks,
    );
    expect(view.running).toBe(true);
    expect(view.heldTotal).toBe(expected.messagesHeld);
    expect(figure(view, 'popup_figPeeks')).toBe(expected.peeks);
    expect(figure(view, 'popup_figHeld')).toBe(expected.held);
    const groups = Object.fromEntries(
      view.heldGroups.map((h) => {
        const m = h.match(/^(.*\S)\s+(\d+)$/);
        return [m?.[1] ?? h, Number(m?.[2])];
      }),
    );
    expect(groups).toEqual(
      Object.fromEntries(
        Object.entries(expected.heldByApp).map(([id, g]) => [APP_NAMES[id as FixtureAppId] ?? id, g.messages]),
      ),
    );

    // End now, from the popup: no error, the countdown goes, the digest names what each app sent.
    await clickButton(popup, label('popup_endEarly'));
    await until(async () => !(await blockRunning(p)), 10_000, 'the block to end');
    const ended = await readPopupWhen(popup, (v) => !v.running);
    expect(ended.running).toBe(false);
    expect(await alerts(popup)).toEqual([]);
    const digest = await nextDigest(p, seen, 10_000);
    expect(digestCounts(digest.message, Object.values(APP_NAMES) as string[])).toEqual(expectedDigest(expected));
    expect(digest.title).toMatch(new RegExp(`^${expected.held}\\b`));
    if (expected.messagesHeld > expected.held) expect(digest.message).toContain(String(expected.messagesHeld));

    await expectTabsReleased(p, pages, APPS, heldFavicons);
    // Released by the digest, the items leave the held list (they stay in history and the report).
    const status = await ask<{ held: Array<{ state: string }> }>(p, 'getStatus');
    expect(status.held).toEqual([]);
    await reloadPopup(popup);
    expect((await readPopupWhen(popup, (v) => v.heldTotal === null)).heldTotal).toBeNull();
    await popup.close();
  });

  it('a scheduled block starts and ends on its alarms, with its digest, and the tabs come back', async () => {
    const p = running();
    const seen = new Set((await digests(p)).map((d) => d.id));
    // One minute, starting on the next whole minute at least 5 s away (time to save the schedule).
    const start = wholeMinuteAfter(Date.now() + 5_000, 0);
    expect(await ask(p, 'saveSchedule', { file: scheduleOf(ruleFor(start, 1)) })).toEqual({ ok: true });
    expect(await blockRunning(p)).toBe(false);
    await until(() => blockRunning(p), start - Date.now() + 30_000, 'the scheduled block to start on its alarm');
    await p.control.bringToFront();
    const steps = [
      { do: 'message' as const, phase: 'block' as const, app: 'slack' as const, from: 'Ana', text: 'lunch?' },
      { do: 'message' as const, phase: 'block' as const, app: 'discord' as const, from: 'Bo', text: 'gg' },
      { do: 'burst' as const, phase: 'block' as const, app: 'teams' as const, n: 2, withinMs: 500 },
    ];
    await runSteps(steps, pages, p.control);
    const heldFavicons = await expectTabsGuarded(p, pages, ['slack', 'discord', 'teams']);

    // Nobody touches anything now: only the alarm can end the block.
    const digest = await nextDigest(p, seen, start + MINUTE - Date.now() + 60_000);
    await until(async () => !(await blockRunning(p)), 10_000, 'the block to end on its alarm');
    expect(digestCounts(digest.message, Object.values(APP_NAMES) as string[])).toEqual(
      expectedDigest(expectedFrom(steps, ['block'])),
    );
    await expectTabsReleased(p, pages, ['slack', 'discord', 'teams'], heldFavicons);
    expect(await ask(p, 'saveSchedule', { file: scheduleOf() })).toEqual({ ok: true });
  });

  it('a strict block is extended from the popup, refuses a wrong phrase and ends with the right one', async () => {
    const p = running();
    const settings = await ask<{ strict: { enabled: boolean; phrase: string } }>(p, 'getSettings');
    expect(
      await ask(p, 'saveSettings', { settings: { ...settings, strict: { ...settings.strict, enabled: true } } }),
    ).toEqual({ ok: true });
    const seen = new Set((await digests(p)).map((d) => d.id));
    const popup = await openPopup(p);
    await startFromPopup(p, popup, 25);
    const before = await ask<{ block: { end: number } | null }>(p, 'getStatus');
    await clickButton(popup, label('popup_extendLabel').replace('$MINUTES$', '15'));
    const extended = await until(
      async () => {
        const s = await ask<{ block: { end: number } | null }>(p, 'getStatus');
        return s.block && s.block.end > before.block!.end ? s.block : null;
      },
      10_000,
      'the block to be extended',
    );
    expect(extended.end - before.block!.end).toBe(15 * 60_000);

    await p.control.bringToFront();
    await runSteps(
      [{ do: 'message', phase: 'block', app: 'whatsapp', from: 'Mum', text: 'dinner at 8' }],
      pages,
      p.control,
    );
    const heldFavicons = await expectTabsGuarded(p, pages, ['whatsapp']);

    await clickButton(popup, label('popup_endEarlyStrict'));
    await popup.waitForSelector('#strict-phrase', { timeout: 10_000 });
    await popup.type('#strict-phrase', 'let me go');
    await clickButton(popup, label('popup_endNow'));
    await until(async () => (await alerts(popup)).length > 0, 10_000, 'the refusal of a wrong phrase');
    expect(await blockRunning(p)).toBe(true);

    await popup.evaluate(() => {
      const input = document.getElementById('strict-phrase') as HTMLInputElement;
      input.select();
    });
    await popup.keyboard.press('Backspace');
    await popup.type('#strict-phrase', settings.strict.phrase);
    await clickButton(popup, label('popup_endNow'));
    await until(async () => !(await blockRunning(p)), 10_000, 'the strict block to end');
    const digest = await nextDigest(p, seen, 10_000);
    expect(digestCounts(digest.message, Object.values(APP_NAMES) as string[])).toEqual({ WhatsApp: 1 });
    expect((await readPopupWhen(popup, (v) => !v.running)).running).toBe(false);
    expect(await alerts(popup)).toEqual([]);
    await expectTabsReleased(p, pages, ['whatsapp'], heldFavicons);
    await popup.close();
  });

  it('the weekly report and the options page work in Firefox, with this session in the report', async () => {
    const p = running();
    const report = await openExtensionPage(p, 'report.html');
    await until(
      () => report.evaluate((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK).catch(() => false),
      15_000,
      'the report to be ready',
    );
    const text = await report.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' '));
    for (const app of ['Slack', 'Discord', 'Microsoft Teams', 'WhatsApp']) expect(text).toContain(app);
    expect(await alerts(report)).toEqual([]);
    await report.close();

    const options = await openExtensionPage(p, 'options.html');
    const schedule = await until(
      () => options.evaluate(() => document.querySelectorAll('h2').length).catch(() => 0),
      15_000,
      'the options page to render',
    );
    expect(schedule).toBeGreaterThan(1);
    expect(await alerts(options)).toEqual([]);
    await options.close();
  });
});
