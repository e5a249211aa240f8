/**
 * Figure 1: titles with a count or marker that reach the tab strip during a block. The judge is a
 * regular expression of the fixture apps' own grammars, written here and independent of the
 * product's title reader, so the product cannot grade itself.
 */
import type { Page } from 'playwright-core';
import {
  type BrowserHandle,
  type FixtureAppId,
  fixture,
  HOSTED_APP_IDS,
  openApp,
  type TabRecorder,
  tabIdOf,
} from '../e2e/harness';
import type { ExtensionGlobal } from '../e2e/harness/chrome-types';
import { controlPage } from '../e2e/harness/control';
import { until } from '../e2e/product';
import { startBlock } from './blocks';

/**
 * A count or marker in any fixture grammar: `Inbox (8,756) - …`, `… - 3 new items - Slack`,
 * `(99+) Discord | …`, `(2) WhatsApp`, `(4) Chat | …`, `5 notifications`, plus leading dot markers.
 */
export const COUNTED_TITLE = /\(\d[\d,]*\+?\)|\b\d+ new items?\b|^\d+ notifications?$|^[•●*] /;

/** A badge favicon: the apps' unread icon URLs, or a drawn data: icon with a count or red dot. */
export function isBadgeIcon(url: string): boolean {
  if (/unread/i.test(url)) return true;
  if (!url.startsWith('data:')) return false;
  const text = decodeURIComponent(url);
  return /<text|e0245e/i.test(text);
}

const CHUNK = 250;

async function tabStrip(h: BrowserHandle, ids: number[]): Promise<Array<{ title: string; icon: string }>> {
  const control = await controlPage(h);
  return control.evaluate(
    async (list) =>
      (await (globalThis as ExtensionGlobal).chrome.tabs.query({}))
        .filter((t) => list.includes(t.id ?? -1))
        .map((t) => ({ title: t.title ?? '', icon: (t as { favIconUrl?: string }).favIconUrl ?? '' })),
    ids,
  );
}

/** Drives `total` title updates across the hosted fixture apps during a block; counts what leaked. */
export async function leakedTitles(h: BrowserHandle, recorder: TabRecorder, total: number) {
  const apps = HOSTED_APP_IDS;
  const pages = new Map<FixtureAppId, Page>();
  for (const id of apps) pages.set(id, await openApp(h.context, id));
  const ids = new Map<FixtureAppId, number>();
  for (const id of apps) ids.set(id, await tabIdOf(h, pages.get(id)!));
  const watched = new Set(ids.values());

  // Control: with no block, one message per app must show up as a counted title, or the judge is blind.
  await recorder.clear();
  for (const id of apps) await fixture(pages.get(id)!).receive({ from: 'Control', text: 'before the block' });
  await new Promise((r) => setTimeout(r, 1200)); // Telegram A shows its count on the next blink frame
  const seen = (await recorder.read()).filter((u) => watched.has(u.tabId) && u.title && COUNTED_TITLE.test(u.title));
  const controlApps = new Set(seen.map((u) => u.tabId)).size;

  await startBlock(h);
  // The guards learn the block from storage; wait until every tab shows a masked title and a plain
  // icon, so a badge from the control message that Chromium reports late is not counted as a leak.
  await until(
    async () => (await tabStrip(h, [...watched])).every((t) => !COUNTED_TITLE.test(t.title) && !isBadgeIcon(t.icon)),
    10_000,
    'masked titles and plain icons',
  );
  await recorder.clear();

  let written = 0;
  while (written < total) {
    for (const id of apps) {
      const app = fixture(pages.get(id)!);
      const n = Math.min(CHUNK, total - written);
      if (n > 0) written += (await app.rawTitleUpdates(n)).length;
      if (written < total)
        written += (await app.receive({ from: 'Bench', text: 'during the block' })).titleChanged ? 1 : 0;
    }
  }
  await new Promise((r) => setTimeout(r, 1500)); // late reports and Telegram A's blink
  const during = (await recorder.read()).filter((u) => watched.has(u.tabId));
  const titles = during.filter((u) => u.title !== undefined).map((u) => u.title!);
  const leaked = titles.filter((t) => COUNTED_TITLE.test(t));
  const appOf = new Map([...ids].map(([app, tab]) => [tab, app]));
  const badgeIcons = during
    .filter((u) => u.favIconUrl && isBadgeIcon(u.favIconUrl))
    .map((u) => `${appOf.get(u.tabId)}: ${u.favIconUrl!.slice(0, 80)}`);
  const errors = (await Promise.all(apps.map(async (id) => (await fixture(pages.get(id)!).state()).errors))).flat();
  return {
    leaked: leaked.length,
    detail: {
      updatesWritten: written,
      apps,
      titlesReported: titles.length,
      leakedExamples: [...new Set(leaked)].slice(0, 5),
      badgeFaviconsReported: badgeIcons.length,
      badgeFaviconExamples: badgeIcons.slice(0, 5),
      controlAppsWithCountedTitleBeforeBlock: controlApps,
      appErrors: errors,
    },
    pages: [...pages.values()],
  };
}
