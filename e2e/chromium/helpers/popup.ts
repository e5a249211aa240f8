/** Reading the popup the way a person does: by roles and visible text, not by product internals. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type BrowserHandle, openExtensionPage } from '../../harness';

export interface PopupBlockView {
  /** The heading of the focus card ("Focus block" / "Scheduled focus block"). */
  heading: string;
  /** The countdown's accessible name ("Ends at 12:40"). */
  endsAt: string;
  /** The countdown as shown, in seconds ("24:13" → 1453). */
  secondsLeft: number;
  /** The page's clock when the countdown was read. */
  readAt: number;
}

/** "24:13" or "1:05:09" → seconds. */
export function clockFaceSeconds(face: string): number {
  const parts = face.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((n) => !Number.isInteger(n))) throw new Error(`Not a countdown: "${face}"`);
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/** Opens the popup and waits until it has drawn the running block. */
export async function openPopupWithBlock(h: BrowserHandle): Promise<{ page: Page; view: PopupBlockView }> {
  const page = await openExtensionPage(h, 'popup.html');
  return { page, view: await readPopupBlock(page) };
}

/** Reads the running block's card from an open popup (waits for it to appear). */
export async function readPopupBlock(page: Page): Promise<PopupBlockView> {
  const timer = page.getByRole('timer');
  await timer.waitFor({ state: 'visible', timeout: 10_000 });
  // Read label, face and clock in one evaluation, so the countdown and "now" belong together.
  const read = await timer.evaluate((el) => ({
    endsAt: el.getAttribute('aria-label') ?? '',
    face: el.textContent ?? '',
    readAt: Date.now(),
    heading: el.closest('section')?.querySelector('h2')?.textContent ?? '',
  }));
  return { heading: read.heading, endsAt: read.endsAt, secondsLeft: clockFaceSeconds(read.face), readAt: read.readAt };
}

/** The wall-clock time `ms` as the popup page's own locale and zone write "h:mm". */
export function pageClock(page: Page, ms: number): Promise<string> {
  return page.evaluate((t) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(t), ms);
}

/**
 * Checks that the popup shows a block ending at `end` (epoch ms): its "Ends at" names that clock
 * time, and its countdown agrees with `end` to within the countdown's own rounding and tick.
 */
export async function expectPopupShowsEnd(page: Page, view: PopupBlockView, end: number): Promise<void> {
  expect(view.endsAt).toContain(await pageClock(page, end));
  // The face is rounded up to the second and redrawn once a second, so it implies an end up to ~2 s
  // late (never early); a third second allows for a busy machine delaying a redraw.
  const shownEnd = view.readAt + view.secondsLeft * 1000;
  const note = `countdown implies ${new Date(shownEnd).toISOString()}`;
  expect(shownEnd - end, note).toBeGreaterThanOrEqual(0);
  expect(shownEnd - end, note).toBeLessThanOrEqual(3_000);
}
