/**
 * What "held" and "released" look like from outside, in Firefox: the tab title and favicon the
 * browser reports, its muted state, and the notifications the app raised (ground truth from the
 * fixture app itself, e2e/fixtures).
 */
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { CUSTOM_ORIGIN_PLACEHOLDER, FIXTURE_APPS, type FixtureAppId } from '../fixtures/apps';
import { serveFixture } from '../fixtures/serve';
import { fixtureTitle } from '../fixtures/titles';
import type { FixtureState } from '../fixtures/types';
import { fixture } from '../harness/driver';
import { appTab, type ExtTab, type FirefoxProduct, until } from './product';

interface TabAndApp {
  id: FixtureAppId;
  tab: ExtTab;
  app: FixtureState;
}

async function read(p: FirefoxProduct, pages: Partial<Record<FixtureAppId, Page>>, apps: FixtureAppId[]) {
  const out: TabAndApp[] = [];
  for (const id of apps) {
    const page = pages[id];
    if (!page) throw new Error(`No tab open for ${id}`);
    out.push({ id, tab: await appTab(p, id), app: await fixture(page).state() });
  }
  return out;
}

const describe = (all: TabAndApp[]) =>
  all
    .map(
      ({ id, tab, app }) =>
        `${id}: tab "${tab.title}" ${tab.favIconUrl?.slice(0, 80)} muted=${tab.mutedInfo?.muted}; app "${app.realTitle}" ${app.favicon.slice(0, 80)} unread=${app.unread}`,
    )
    .join('\n');

/**
 * The favicon URL Firefox reports for a tab whose page links `href`: a `data:` URL stays as it is,
 * an http(s) icon is reported as a `data:` URL of the bytes it loaded (here the fixture's).
 */
export function faviconAsReported(href: string, pageUrl: string | undefined): string {
  if (href.startsWith('data:')) return href;
  const served = serveFixture(new URL(href, pageUrl).href, CUSTOM_ORIGIN_PLACEHOLDER);
  if (!served) throw new Error(`No fixture serves the favicon ${href}`);
  return `data:${served.contentType};base64,${Buffer.from(served.body).toString('base64')}`;
}

/** The favicon each tab showed while held, to compare with the one it shows once released. */
export type HeldFavicons = Partial<Record<FixtureAppId, string>>;

/**
 * During a block: each tab shows the title its app would show with nothing unread while the app
 * itself still reads its count, the tab is muted, and none of the notifications the app raised
 * was shown except breakthroughs (a keyword, e2e/chromium/session-helpers/script.ts).
 */
export async function expectTabsGuarded(
  p: FirefoxProduct,
  pages: Partial<Record<FixtureAppId, Page>>,
  apps: FixtureAppId[],
): Promise<HeldFavicons> {
  let last: TabAndApp[] = [];
  const plain = (t: TabAndApp) => faviconAsReported(FIXTURE_APPS[t.id].config.favicon.plain, t.tab.url);
  const guarded = (t: TabAndApp) =>
    t.tab.title === fixtureTitle(t.id, 0) && t.tab.mutedInfo?.muted === true && t.tab.favIconUrl === plain(t);
  await until(
    async () => {
      last = await read(p, pages, apps);
      return last.every(guarded);
    },
    15_000,
    'every tab to be held',
  ).catch(() => undefined);
  const note = describe(last);
  for (const t of last) {
    expect(t.app.unread, note).toBeGreaterThan(0);
    expect(t.app.realTitle, note).toBe(fixtureTitle(t.id, t.app.unread));
    expect(t.tab.title, note).toBe(fixtureTitle(t.id, 0));
    expect(t.tab.mutedInfo?.muted, note).toBe(true);
    expect(t.tab.favIconUrl, `${t.id} shows its plain favicon: ${note}`).toBe(plain(t));
    // The page never sees the person's rules, so it holds every notification, a keyword one too; the
    // extension shows a breakthrough with its own notification.
    for (const n of t.app.notifications.filter((n) => n.via === 'page'))
      expect(n.shown, `${t.id} "${n.title}: ${n.body}"`).toBe(false);
    expect(t.app.errors, t.id).toEqual([]);
  }
  return Object.fromEntries(last.map((t) => [t.id, t.tab.favIconUrl ?? '']));
}

/**
 * After a block: every tab shows the app's own title and its badge favicon again (not the plain one
 * it showed while held) and is no longer muted.
 */
export async function expectTabsReleased(
  p: FirefoxProduct,
  pages: Partial<Record<FixtureAppId, Page>>,
  apps: FixtureAppId[],
  heldFavicons: HeldFavicons,
): Promise<void> {
  let last: TabAndApp[] = [];
  const released = (t: TabAndApp) =>
    t.tab.title === t.app.realTitle &&
    t.tab.mutedInfo?.muted === false &&
    t.tab.favIconUrl === faviconAsReported(t.app.favicon, t.tab.url);
  await until(
    async () => {
      last = await read(p, pages, apps);
      return last.every(released);
    },
    15_000,
    'every tab to be given back',
  ).catch(() => undefined);
  const note = describe(last);
  for (const t of last) {
    expect(t.tab.title, note).toBe(t.app.realTitle);
    expect(t.tab.favIconUrl, note).toBe(faviconAsReported(t.app.favicon, t.tab.url));
    expect(t.tab.favIconUrl, note).not.toBe(heldFavicons[t.id]);
    expect(t.tab.mutedInfo?.muted, note).toBe(false);
    expect(t.app.errors, t.id).toEqual([]);
  }
}

/** The per-app counts a digest message lists ("Slack 2, Discord 1 (4 messages)"), by display name. */
export function digestCounts(message: string, appNames: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of appNames) {
    const m = message.match(new RegExp(`(?:^|, )${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`));
    if (m) counts[name] = Number(m[1]);
  }
  return counts;
}
