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
 * Whether two icon addresses draw the same pixels. Firefox reports a tab's icon as a `data:` URL of
 * the image it decoded, and newer Firefox (153 ESR) re-encodes it, so the bytes differ from the file
 * the page linked while the picture is the same: compare what they draw, at the tab strip's 32 px,
 * in the app's own page (data: images do not taint a canvas).
 */
async function samePicture(page: Page, a: string | undefined, b: string): Promise<boolean> {
  if (a === undefined) return false;
  if (a === b) return true;
  return page.evaluate(
    async (first: string, second: string) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 32;
        canvas.height = 32;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d canvas');
        ctx.drawImage(img, 0, 0, 32, 32);
        return ctx.getImageData(0, 0, 32, 32).data;
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      // Allow a rounding step per channel: decoders may premultiply alpha differently.
      return x.every((v, i) => Math.abs(v - (y[i] ?? -999)) <= 2);
    },
    a,
    b,
  );
}

function pageOf(pages: Partial<Record<FixtureAppId, Page>>, id: FixtureAppId): Page {
  const page = pages[id];
  if (!page) throw new Error(`No tab open for ${id}`);
  return page;
}

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
  const showsPlain = (t: TabAndApp) => samePicture(pageOf(pages, t.id), t.tab.favIconUrl, plain(t));
  const guarded = async (t: TabAndApp) =>
    t.tab.title === fixtureTitle(t.id, 0) && t.tab.mutedInfo?.muted === true && (await showsPlain(t));
  const all = async (list: TabAndApp[]) => (await Promise.all(list.map(guarded))).every(Boolean);
  await until(
    async () => {
      last = await read(p, pages, apps);
      return all(last);
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
    expect(await showsPlain(t), `${t.id} shows its plain favicon: ${note}`).toBe(true);
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
  const showsOwn = (t: TabAndApp) =>
    samePicture(pageOf(pages, t.id), t.tab.favIconUrl, faviconAsReported(t.app.favicon, t.tab.url));
  const released = async (t: TabAndApp) =>
    t.tab.title === t.app.realTitle && t.tab.mutedInfo?.muted === false && (await showsOwn(t));
  await until(
    async () => {
      last = await read(p, pages, apps);
      return (await Promise.all(last.map(released))).every(Boolean);
    },
    15_000,
    'every tab to be given back',
  ).catch(() => undefined);
  const note = describe(last);
  for (const t of last) {
    expect(t.tab.title, note).toBe(t.app.realTitle);
    expect(await showsOwn(t), `${t.id} shows its own favicon again: ${note}`).toBe(true);
    const held = heldFavicons[t.id];
    if (held) expect(await samePicture(pageOf(pages, t.id), t.tab.favIconUrl, held), note).toBe(false);
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
