/**
 * Reads the popup as a person (or a screen reader) does: regions by their headings, figures from
 * the definition list's term/definition pairs, labels from the English locale by message key.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type BrowserHandle, openExtensionPage } from '../../harness';
import { sleep } from './run';

const messages = JSON.parse(readFileSync(new URL('../../../locales/en/popup.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

/** The English text of a popup message, placeholders left as they are. */
export function label(key: string): string {
  const text = messages[key]?.message;
  if (text === undefined) throw new Error(`No popup message ${key}`);
  return text;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The fixed text of a message before its first placeholder, as a regex prefix. */
export const prefix = (key: string) => new RegExp(`^${escapeRegex(label(key).split('$')[0]!)}`);

/** The popup's size in Chromium (its maximum is 800×600; this one asks for about 380 wide). */
export const POPUP_SIZE = { width: 380, height: 600 };

/** Opens the popup in a tab at popup size and waits until it shows the background's answer. */
export async function openPopup(h: BrowserHandle, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await openExtensionPage(h, 'popup.html', { colorScheme });
  await page.setViewportSize(POPUP_SIZE);
  await popupReady(page);
  return page;
}

/** Waits for the status to arrive (the loading line goes, the stats or first-run card shows). */
export async function popupReady(page: Page): Promise<void> {
  await page.getByText(label('popup_loading')).waitFor({ state: 'detached', timeout: 10_000 });
  await page.locator('main h2').first().waitFor({ timeout: 10_000 });
}

export interface PopupFigures {
  /** "This block" or "Today". */
  scope: string;
  reached: number | null;
  held: number | null;
  /** The note under Held ("8 messages"), shown only when messages outnumber held items. */
  messagesHeld: number | null;
  peeks: number | null;
}

const numberIn = (text: string | null | undefined) => {
  const m = text?.match(/\d+/);
  return m ? Number(m[0]) : null;
};

/** The stats card's scope and its figures, found by their term labels. */
export async function readFigures(page: Page): Promise<PopupFigures> {
  const scopes = [label('popup_statsBlock'), label('popup_statsToday')].map(escapeRegex).join('|');
  const card = page.getByRole('region', { name: new RegExp(`^(${scopes})$`) });
  const pairs = await card.evaluate((el) =>
    [...el.querySelectorAll('dt')].map((dt) => {
      const dd = dt.nextElementSibling;
      return {
        term: dt.textContent?.trim() ?? '',
        value: dd?.children[0]?.textContent ?? '',
        note: dd?.children[1]?.textContent ?? null,
      };
    }),
  );
  const scope = (await card.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
  const pair = (key: string) => pairs.find((p) => p.term === label(key));
  return {
    scope,
    reached: numberIn(pair('popup_figReached')?.value),
    held: numberIn(pair('popup_figHeld')?.value),
    messagesHeld: numberIn(pair('popup_figHeld')?.note),
    peeks: numberIn(pair('popup_figPeeks')?.value),
  };
}

export interface HeldGroupView {
  app: string;
  /** The count in the group's heading: messages held from the app. */
  messages: number;
  /** Items listed once the group is unfolded. */
  items: number;
}

/** The held list: its heading's total and each app group, unfolded so every item is counted. */
export async function readHeld(page: Page): Promise<{ total: number | null; groups: HeldGroupView[] }> {
  const list = page.getByRole('region', { name: prefix('popup_heldHeading') });
  if ((await list.count()) === 0) return { total: null, groups: [] };
  const total = numberIn(await list.getByRole('heading', { level: 2 }).textContent());
  const groups: HeldGroupView[] = [];
  for (const group of await list.getByRole('region').all()) {
    const more = group.getByRole('button', { name: prefix('popup_showMore') });
    if ((await more.count()) > 0) await more.click();
    const heading = ((await group.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
    const m = heading.match(/^(.*\S)\s+(\d+)$/);
    groups.push({
      app: m?.[1] ?? heading,
      messages: m ? Number(m[2]) : Number.NaN,
      items: await group.getByRole('listitem').count(),
    });
  }
  return { total, groups };
}

/**
 * Reloads the popup until `read` satisfies `done` (signals reach storage a moment after the page
 * fires them) or the time is up; returns the last reading either way, for the test to judge.
 */
export async function readWhen<T>(
  page: Page,
  read: (p: Page) => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 8_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read(page);
    if (done(value) || Date.now() > deadline) return value;
    await sleep(400);
    await page.reload();
    await popupReady(page);
  }
}
