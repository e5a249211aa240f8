/** Scratch measurement: how Chromium picks and reports a tab's icon (no block, guard passes). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { iconPng } from '../fixtures/assets';
import { type BrowserHandle, launchBrowser, recordTabUpdates, tabIdOf } from '../harness';

let h: BrowserHandle;
const BASE = 'https://mail.google.com/m/';
beforeAll(async () => {
  h = await launchBrowser();
  await h.context.route(`${BASE}**`, async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.split('/').pop() ?? '';
    if (name.endsWith('.png'))
      return route.fulfill({
        status: 200,
        contentType: 'image/png',
        body: iconPng([0, 0, name.length * 10], name.startsWith('badge')),
        headers: { 'cache-control': 'no-store' },
      });
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>m</title><link rel="icon" href="${BASE}plain.png"></head><body></body></html>`,
    });
  });
});
afterAll(async () => h?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('measures', async () => {
  const page = await h.context.newPage();
  await page.goto(`${BASE}page`, { waitUntil: 'load' });
  await sleep(800);
  const tab = await tabIdOf(h, page);
  const rec = await recordTabUpdates(h);
  const out: string[] = [];
  const run = async (name: string, script: string) => {
    await rec.clear();
    await page.evaluate(script);
    await sleep(700);
    const icons = (await rec.read()).filter((u) => u.tabId === tab && u.favIconUrl).map((u) => u.favIconUrl!.split('/').pop());
    out.push(`${name}: ${JSON.stringify(icons)}`);
    await page.evaluate(`(() => { document.head.querySelectorAll('link').forEach(l => l.remove()); const l = document.createElement('link'); l.rel='icon'; l.href='${BASE}plain.png'; document.head.append(l); })()`);
    await sleep(500);
  };
  const L = `document.querySelector('link[rel=icon]')`;
  await run('href badge, stays', `${L}.href='${BASE}badge1.png'`);
  await run('href badge, back in microtask', `(() => { const l=${L}; l.href='${BASE}badge2.png'; queueMicrotask(() => l.href='${BASE}plain.png'); })()`);
  await run('href badge, back in timeout 0', `(() => { const l=${L}; l.href='${BASE}badge3.png'; setTimeout(() => l.href='${BASE}plain.png', 0); })()`);
  await run('href badge, back in rAF', `(() => { const l=${L}; l.href='${BASE}badge4.png'; requestAnimationFrame(() => l.href='${BASE}plain.png'); })()`);
  await run('href badge, back in 20ms', `(() => { const l=${L}; l.href='${BASE}badge5.png'; setTimeout(() => l.href='${BASE}plain.png', 20); })()`);
  await run('href badge, back in 60ms', `(() => { const l=${L}; l.href='${BASE}badge6.png'; setTimeout(() => l.href='${BASE}plain.png', 60); })()`);
  await run('append second link badge (after plain)', `(() => { const l=document.createElement('link'); l.rel='icon'; l.href='${BASE}badge7.png'; document.head.append(l); })()`);
  await run('prepend badge link (before plain)', `(() => { const l=document.createElement('link'); l.rel='icon'; l.href='${BASE}badge8.png'; document.head.prepend(l); })()`);
  await run('append badge link in body', `(() => { const l=document.createElement('link'); l.rel='icon'; l.href='${BASE}badge9.png'; document.body.append(l); })()`);
  await run('append badge shortcut icon with sizes 32', `(() => { const l=document.createElement('link'); l.rel='shortcut icon'; l.sizes='32x32'; l.href='${BASE}badge10.png'; document.head.append(l); })()`);
  await run('prepend badge with sizes 16x16', `(() => { const l=document.createElement('link'); l.rel='icon'; l.sizes='16x16'; l.href='${BASE}badge11.png'; document.head.prepend(l); })()`);
  await run('append alternate icon badge', `(() => { const l=document.createElement('link'); l.rel='alternate icon'; l.href='${BASE}badge12.png'; document.head.append(l); })()`);
  await run('plain first, then append badge, nested in div in head', `(() => { const d=document.createElement('div'); const l=document.createElement('link'); l.rel='icon'; l.href='${BASE}badge13.png'; d.append(l); document.head.append(d); })()`);
  await run('href badge data then plain in sync', `(() => { const l=${L}; l.href='${BASE}badge14.png'; l.href='${BASE}plain.png'; })()`);
  await run('rel changed to icon on a non-icon link', `(() => { const l=document.createElement('link'); l.rel='preload'; l.href='${BASE}badge15.png'; document.head.append(l); setTimeout(()=> l.rel='icon', 50); })()`);
  await run('plain data url redraw', `(() => { const c=document.createElement('canvas'); c.width=c.height=16; c.getContext('2d').fillRect(0,0,16,16); ${L}.href=c.toDataURL(); })()`);
  console.log(out.join('\n'));
  expect(out.length).toBeGreaterThan(0);
});
