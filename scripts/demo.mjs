/**
 * `npm run demo`: builds Heads Down, opens Debian's Chromium with it and the fixture apps, and plays
 * a short session (a block starts, messages arrive and are held, the block ends, the digest).
 * With a display the window stays open until Ctrl+C; without one it runs headless and leaves
 * screenshots and a text account in `.demo/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { writeAccount } from './demo/account.mjs';
import { buildExtension, CHROMIUM } from './demo/build.mjs';
import { clock, extensionIcon, iconData, screenshotHtml } from './demo/capture.mjs';
import { launchDemoBrowser } from './demo/launch.mjs';
import { digestPage, tabStripPage } from './demo/render.mjs';
import { playScenario } from './demo/scenario.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.demo');
const headed = Boolean(process.env.DISPLAY);
const t0 = Date.now();
const log = [];
const say = (text) => {
  log.push({ at: Date.now(), text });
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${text}`);
};

// Installs Debian's Chromium when it is missing, or says exactly what to run (never downloads a browser).
if (ensureBrowsers(['chromium']).length > 0) process.exit(1);
say('Building the extension (npx wxt build)…');
const extensionPath = buildExtension(root);
let h;
// Whatever ends the process (Ctrl+C included), leave no temporary build or profile behind.
process.on('exit', () => {
  try {
    rmSync(extensionPath, { recursive: true, force: true });
    if (h?.ownsProfile) rmSync(h.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // Best effort on the way out: a leftover temp folder must not hide the real exit status.
  }
});
// Headless, Playwright's own Ctrl+C handler closes the browser and exits; headed, the demo has
// to (it waits for Ctrl+C at the end), so closing the browser also stops a scenario midway.
let interrupted = false;
let onInterrupt = () => {};
if (headed) {
  process.on('SIGINT', () => {
    interrupted = true;
    onInterrupt();
    void h?.close();
  });
}
const jiti = createJiti(import.meta.url);
const harness = await jiti.import('../e2e/harness/index.ts');
const product = await jiti.import('../e2e/product.ts');
const { serveFixture } = await jiti.import('../e2e/fixtures/serve.ts');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
say(headed ? `Opening Chromium on display ${process.env.DISPLAY}.` : 'No display: running Chromium headless.');
h = await launchDemoBrowser(harness, extensionPath, headed);
let ok = false;
try {
  const run = await playScenario({ harness, product, h, out, headed, say });
  await drawPictures(run);
  writeAccount(join(out, 'ACCOUNT.md'), run, {
    seconds: (Date.now() - t0) / 1000,
    headed,
    chromium: chromiumVersion(),
    log,
    plainIcon: (id) => harness.FIXTURE_APPS[id].config.favicon.plain,
  });
  ok = true;
  say(`Done. Screenshots and the account are in ${out}`);
  if (headed && !interrupted) {
    say('The browser stays open: look around, then press Ctrl+C to quit.');
    await new Promise((done) => {
      onInterrupt = done;
      h.context.once('close', done);
    });
  }
} catch (e) {
  if (!interrupted) throw e;
  console.log('Interrupted.');
} finally {
  await h.close();
  harness.stopCustomSiteServer();
}
if (ok) console.log(out);
process.exit(ok ? 0 : interrupted ? 130 : 1);

/** `Chromium 142.0…` as the browser prints it (for the account). */
function chromiumVersion() {
  return spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium';
}

/** Whether Chromium shows the app's plain icon or a badge variant (compared with the fixture's plain icon URL). */
function faviconWords(appId, url) {
  if (!url) return { favicon: 'none reported', badge: false };
  const badge = url !== harness.FIXTURE_APPS[appId].config.favicon.plain;
  return { favicon: badge ? 'badge' : 'plain', badge };
}

/** The tab strip and the digest, which no page screenshot can show, drawn from what was reported. */
async function drawPictures(run) {
  const icon = (url) => iconData(serveFixture, h.customOrigin, url);
  const stages = run.stages.map((s) => ({
    kind: s.kind === 'masked' ? 'during' : s.kind,
    label: s.label,
    time: clock(s.at),
    note: s.note,
    tabs: s.tabs.map((tab, i) => ({
      app: run.names[run.apps[i]],
      title: tab.title ?? '',
      icon: icon(tab.favIconUrl),
      ...faviconWords(run.apps[i], tab.favIconUrl),
      own: s.truth[i].realTitle,
    })),
  }));
  writeFileSync(join(out, 'tab-strip.html'), tabStripPage(stages));
  await screenshotHtml(h, tabStripPage(stages), join(out, 'tab-strip.png'), 1244);
  const d = run.digest;
  const busiest = d.busiestAppId ? (run.names[d.busiestAppId] ?? d.busiestAppId) : null;
  const card = digestPage({
    title: d.title,
    message: d.message,
    buttons: [...(busiest ? [`Open ${busiest}`] : []), 'Open the weekly report'],
    icon: extensionIcon(extensionPath),
    time: clock(d.at),
    id: d.id,
    live: run.notifications.includes(d.id),
  });
  writeFileSync(join(out, 'digest.html'), card);
  await screenshotHtml(h, card, join(out, 'digest.png'), 824);
  run.shots.push('tab-strip.png', 'digest.png');
}
