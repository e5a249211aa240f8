/**
 * The popup in Firefox, read and clicked as a person does: buttons by their visible text or title,
 * figures by their labels, all words from the English locale (the Chromium suite's `label`).
 */
import type { Page } from 'puppeteer-core';
import { label } from '../chromium/session-helpers/popup';
import { type FirefoxProduct, openExtensionPage, until } from './product';

/** Opens the popup in a tab and waits until it shows the background's answer. */
export async function openPopup(p: FirefoxProduct): Promise<Page> {
  const page = await openExtensionPage(p, 'popup.html');
  await popupReady(page);
  return page;
}

/** Waits until the loading line is gone and a card heading shows. */
export async function popupReady(page: Page): Promise<void> {
  // Not `waitForFunction`: it compiles its predicate with Function(), which extension pages' CSP forbids.
  await until(
    () =>
      page
        .evaluate(
          (loading) =>
            !(document.body.textContent ?? '').includes(loading) && document.querySelector('main h2') !== null,
          label('popup_loading'),
        )
        .catch(() => false),
    15_000,
    'the popup to show the status',
  );
}

/**
 * Reloads the popup from inside: BiDi reports no navigation for a moz-extension:// page, so
 * `page.reload()` would wait for one until it times out.
 */
export async function reloadPopup(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.dataset.reloading = 'yes';
    location.reload();
  });
  await until(
    () => page.evaluate(() => document.body?.dataset.reloading !== 'yes').catch(() => false),
    15_000,
    'the popup to reload',
  );
  await popupReady(page);
}

/** Clicks the enabled button whose text or title is `name`, once it shows. */
export async function clickButton(page: Page, name: string, timeoutMs = 10_000): Promise<void> {
  await until(
    () =>
      page.evaluate((n) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => !b.disabled && ((b.textContent ?? '').replace(/\s+/g, ' ').trim() === n || b.title === n),
        );
        button?.click();
        return Boolean(button);
      }, name),
    timeoutMs,
    `a button "${name}" in the popup`,
  );
}

/** The popup's alerts (role="alert"), as text. */
export function alerts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="alert"]')].map((el) => (el.textContent ?? '').trim()).filter(Boolean),
  );
}

export interface PopupView {
  /** Whether the running block's countdown shows. */
  running: boolean;
  /** The stats card's scope ("This block" or "Today") and its figures by label. */
  scope: string;
  figures: Record<string, string>;
  /** The held list: its heading's total and each app group's heading ("Slack 2"). */
  heldTotal: number | null;
  heldGroups: string[];
  text: string;
}

/** Everything the tests read from the popup, in one pass. */
export function readPopup(page: Page): Promise<PopupView> {
  return page.evaluate(() => {
    const stats = [...document.querySelectorAll('section')].find((s) => s.querySelector('dl'));
    const figures: Record<string, string> = {};
    for (const dt of stats?.querySelectorAll('dt') ?? [])
      figures[(dt.textContent ?? '').trim()] = (dt.nextElementSibling?.children[0]?.textContent ?? '').trim();
    const held = document.getElementById('held-heading');
    const total = held?.querySelector('.count')?.textContent;
    const groups = held?.closest('section')?.querySelectorAll('h3') ?? [];
    return {
      running: document.querySelector('[role="timer"]') !== null,
      scope: (stats?.querySelector('h2')?.textContent ?? '').trim(),
      figures,
      heldTotal: total ? Number(total) : null,
      heldGroups: [...groups].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
      text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
    };
  });
}

/** Reloads the popup until `done` holds for what it shows (or the time is up); returns the last view. */
export async function readPopupWhen(
  page: Page,
  done: (v: PopupView) => boolean,
  timeoutMs = 10_000,
): Promise<PopupView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await readPopup(page);
    if (done(view) || Date.now() > deadline) return view;
    await new Promise((r) => setTimeout(r, 400));
    await reloadPopup(page);
  }
}

/** The figure under the label of popup message `key`, as a number (null when absent). */
export function figure(view: PopupView, key: string): number | null {
  const m = view.figures[label(key)]?.match(/\d+/);
  return m ? Number(m[0]) : null;
}
