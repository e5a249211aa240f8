// Self-test of the real-browser harness: every promise the harness makes, shown in Chromium.
// Asserts only the fixtures' own state and the browser's reports, never the product's behaviour.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHandle,
  browserPids,
  FIXTURE_APP_IDS,
  type FixtureAppId,
  fixture,
  killBrowser,
  launchBrowser,
  listExtensionNotifications,
  openApp,
  openExtensionPage,
  recordTabUpdates,
  restartBrowser,
  runAxe,
  serviceWorkerStatus,
  stopServiceWorker,
  tabIdOf,
  waitForServiceWorker,
  wakeServiceWorker,
  watchNetwork,
} from './harness';

// Written out by hand from the real titles in tests/fixtures/corpus-titles.json, independently of the
// fixture's own grammar code.
const TITLES: Record<FixtureAppId, [zero: string, one: string, two: string]> = {
  gmail: ['Inbox - me@example.com - Gmail', 'Inbox (1) - me@example.com - Gmail', 'Inbox (2) - me@example.com - Gmail'],
  slack: [
    'general (Channel) - Acme - Slack',
    'general (Channel) - Acme - 1 new item - Slack',
    'general (Channel) - Acme - 2 new items - Slack',
  ],
  discord: [
    'Discord | #general | Server One',
    '(1) Discord | #general | Server One',
    '(2) Discord | #general | Server One',
  ],
  whatsapp: ['WhatsApp', '(1) WhatsApp', '(2) WhatsApp'],
  teams: [
    'Chat | Jane Doe | Microsoft Teams',
    '(1) Chat | Jane Doe | Microsoft Teams',
    '(2) Chat | Jane Doe | Microsoft Teams',
  ],
  'telegram-a': ['Telegram', '1 notification', '2 notifications'],
  custom: ['Acme Chat', '(1) Acme Chat', '(2) Acme Chat'],
};
const URLS: Record<FixtureAppId, RegExp> = {
  gmail: /^https:\/\/mail\.google\.com\/mail\/u\/0\/$/,
  slack: /^https:\/\/app\.slack\.com\/client\/T0\/C0$/,
  discord: /^https:\/\/discord\.com\/channels\/1\/2$/,
  whatsapp: /^https:\/\/web\.whatsapp\.com\/$/,
  teams: /^https:\/\/teams\.microsoft\.com\/v2\/$/,
  'telegram-a': /^https:\/\/web\.telegram\.org\/a\/$/,
  custom: /^http:\/\/127\.0\.0\.1:\d+\/$/,
};
const SILENT: FixtureAppId[] = ['gmail'];

let h: BrowserHandle;

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('launch', () => {
  it('finds the extension service worker and its id', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.sw.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    expect(await h.sw.evaluate(() => typeof (globalThis as unknown as { chrome?: object }).chrome)).toBe('object');
    expect(browserPids(h.userDataDir)).toHaveLength(1);
  });
});

describe.each(FIXTURE_APP_IDS)('fixture %s', (appId) => {
  let page: Page;
  let plainIcon = '';
  const failed: string[] = [];
  const onFailed = (r: Request) => {
    if (!r.serviceWorker() && r.frame().page() === page) failed.push(`${r.url()} ${r.failure()?.errorText}`);
  };
  beforeAll(async () => {
    h.context.on('requestfailed', onFailed);
    page = await openApp(h.context, appId);
    plainIcon = (await fixture(page).state()).favicon;
  });
  afterAll(async () => {
    h.context.off('requestfailed', onFailed);
    await page.close();
  });

  it('opens at its real URL with the zero-unread title', async () => {
    expect(page.url()).toMatch(URLS[appId]);
    const s = await fixture(page).state();
    expect(s.unread).toBe(0);
    expect(s.appTitle).toBe(TITLES[appId][0]);
    expect(s.errors).toEqual([]);
    if (appId === 'whatsapp') expect(s.serviceWorker).toBe('ready');
  });

  it('receive() changes title, favicon, notifies and plays as the app does', async () => {
    const f = fixture(page);
    const a = await f.receive({ from: 'Alice', text: 'hi' });
    const b = await f.receive({ from: 'Bob', text: 'are you there?' });
    expect([a.unread, b.unread]).toEqual([1, 2]);
    expect(b.notification).toBe(appId === 'whatsapp' ? 'sw' : 'page');
    const s = await f.state();
    if (appId === 'telegram-a') {
      // Telegram A blinks the count with its base title while blurred.
      const frames = new Set<string>();
      const end = Date.now() + 2_600;
      while (Date.now() < end && frames.size < 2) {
        frames.add((await f.state()).appTitle);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect([...frames].sort()).toEqual([TITLES[appId][2], TITLES[appId][0]].sort());
    } else expect(s.appTitle).toBe(TITLES[appId][2]);
    expect(s.favicon).not.toBe(plainIcon);
    expect(s.notifications.map((n) => n.title)).toEqual(
      appId === 'slack' ? ['Alice in #general', 'Bob in #general'] : ['Alice', 'Bob'],
    );
    // Whether the browser showed the notification or played the sound is the product's business
    // (it may hold or mute them); the app's attempts and its freedom from errors are the fixture's.
    const after = await until(
      () => f.state(),
      (x) => x.sounds.every((snd) => snd.played || snd.error),
    );
    expect(after.sounds.length).toBe(SILENT.includes(appId) ? 0 : 2);
    expect(after.errors).toEqual([]);
  });

  it('read() clears the count, restores the plain favicon and closes notifications', async () => {
    const f = fixture(page);
    const r = await f.read();
    expect(r.closed).toBe(2);
    const s = await f.state();
    expect(s.appTitle).toBe(TITLES[appId][0]);
    expect(s.favicon).toBe(plainIcon);
    expect(s.notifications.every((n) => n.closed)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('every request the app made (page, icons, sound, worker) was answered', () => {
    expect(failed).toEqual([]);
  });
});

describe('fixture title drivers', () => {
  // On the custom site no product script runs (it is not a watched host), so document.title is
  // the browser's own and these checks cannot depend on the product.
  it('edits the <title> text node in place, replaces the element, and writes rapid counts', async () => {
    const page = await openApp(h.context, 'custom');
    const f = fixture(page);
    expect(await f.setTitleDirect('in place')).toBe('in place');
    expect(await page.locator('title').count()).toBe(1);
    expect(await f.replaceTitleElement('replaced')).toBe('replaced');
    expect(await page.locator('title').count()).toBe(1);
    const written = await f.rawTitleUpdates(5);
    expect(written).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)'].map((c) => `${c} Acme Chat`));
    expect((await f.state()).realTitle).toBe('(5) Acme Chat');
    const burst = await f.burst(4, 200);
    expect([burst.messages, burst.notificationsAttempted, burst.sounds, burst.unread]).toEqual([4, 4, 4, 4]);
    expect(new Set(burst.results.map((r) => r.seq)).size).toBe(4);
    await page.close();
  });

  it('Teams writes its title by replacing the element or editing the text node, never document.title', async () => {
    const page = await openApp(h.context, 'teams');
    const viaSetter = await page.evaluate(() => {
      let calls = 0;
      const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
      Object.defineProperty(document, 'title', {
        configurable: true,
        get: () => desc.get!.call(document),
        set: (v: string) => {
          calls += 1;
          desc.set!.call(document, v);
        },
      });
      const w = window as unknown as { __fixture: { receive(m: object): unknown } };
      for (let i = 0; i < 3; i++) w.__fixture.receive({ from: `P${i}`, text: 't' });
      return calls;
    });
    expect(viaSetter).toBe(0);
    expect((await fixture(page).state()).appTitle).toBe('(3) Chat | Jane Doe | Microsoft Teams');
    await page.close();
  });
});

describe('browser reports', () => {
  it('recordTabUpdates sees title changes, also while the worker is stopped', async () => {
    const rec = await recordTabUpdates(h);
    const probe = await h.context.newPage();
    await probe.goto(`chrome-extension://${h.extensionId}/manifest.json`);
    const tabId = await tabIdOf(h, probe); // two tabs share this URL: exercises the fragment tag
    await probe.evaluate(() => {
      document.title = 'probe one';
    });
    expect((await rec.waitFor((u) => u.title === 'probe one')).tabId).toBe(tabId);
    await stopServiceWorker(h);
    await probe.evaluate(() => {
      document.title = 'probe two';
    });
    expect((await rec.waitFor((u) => u.title === 'probe two')).tabId).toBe(tabId);
    await rec.stop();
    await probe.close();
    await wakeServiceWorker(h);
    await waitForServiceWorker(h);
  });

  it('stopServiceWorker really stops the worker, and a message brings it back', async () => {
    expect(await serviceWorkerStatus(h)).toBe('running');
    const { ms } = await stopServiceWorker(h);
    expect(await serviceWorkerStatus(h)).toBe('stopped');
    await wakeServiceWorker(h);
    const sw = await waitForServiceWorker(h);
    expect(await serviceWorkerStatus(h)).toBe('running');
    expect(await sw.evaluate(() => 6 * 7)).toBe(42);
    expect(ms).toBeLessThan(5_000);
  });

  it('watchNetwork attributes a request to the extension worker', async () => {
    const net = watchNetwork(h);
    const page = await openApp(h.context, 'gmail');
    const outcome = await h.sw.evaluate(() =>
      fetch('https://example.com/harness-probe').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused'); // everything outside the fixtures is aborted
    const hits = net.requests();
    expect(hits.map((r) => [r.url, r.from])).toEqual([['https://example.com/harness-probe', 'service-worker']]);
    expect(net.all().some((r) => r.url === 'https://mail.google.com/mail/u/0/' && r.from === 'web-page')).toBe(true);
    net.stop();
    await page.close();
  });

  it('listExtensionNotifications lists the ids the extension created', async () => {
    const id = `harness-${Date.now()}`;
    await h.sw.evaluate(async (nid) => {
      const c = (
        globalThis as unknown as { chrome: { notifications: { create(i: string, o: object): Promise<string> } } }
      ).chrome;
      await c.notifications.create(nid, { type: 'basic', iconUrl: 'icons/48.png', title: 't', message: 'm' });
    }, id);
    expect(await listExtensionNotifications(h)).toContain(id);
  });

  it('openExtensionPage honours the colour scheme', async () => {
    const page = await openExtensionPage(h, 'popup.html', { colorScheme: 'dark' });
    expect(page.url()).toBe(`chrome-extension://${h.extensionId}/popup.html`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await page.close();
  });

  it('runAxe finds nothing serious on a clean page and flags an image without alt text', async () => {
    const page = await openApp(h.context, 'custom');
    expect(await runAxe(page)).toEqual([]);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')?.appendChild(img);
    });
    expect((await runAxe(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });
});

describe('profile persistence', () => {
  const store = (value: string) =>
    h.sw.evaluate(
      (v) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
        ).chrome.storage.local.set({ harnessProbe: v }),
      value,
    );
  const load = () =>
    h.sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } })
        .chrome;
      return ((await c.storage.local.get('harnessProbe')) as { harnessProbe?: string }).harnessProbe;
    });

  it('restartBrowser keeps chrome.storage.local and the extension id', async () => {
    const value = `restart-${Date.now()}`;
    await store(value);
    const id = h.extensionId;
    h = await restartBrowser(h);
    expect(h.extensionId).toBe(id);
    expect(await load()).toBe(value);
  });

  it('killBrowser kills the process hard and relaunches on the same profile', async () => {
    const value = `kill-${Date.now()}`;
    await store(value);
    const [oldPid] = browserPids(h.userDataDir);
    h = await killBrowser(h);
    const [newPid] = browserPids(h.userDataDir);
    expect(newPid).toBeDefined();
    expect(newPid).not.toBe(oldPid);
    expect(await load()).toBe(value);
    const page = await openApp(h.context, 'slack'); // fixtures are served again after the relaunch
    expect((await fixture(page).state()).realTitle).toBe(TITLES.slack[0]);
  });
});
