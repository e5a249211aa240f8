/**
 * `npm run screenshots`: regenerates the pictures in docs/ (the README shows docs/popup.png and
 * docs/report.png). Tests never write docs/: the e2e tests that take these pictures save them in
 * test-results/screenshots/ (gitignored). This builds the extension, runs those tests in Debian's
 * Chromium, and only when they pass copies the pictures into docs/, so a picture always shows a
 * state the tests checked (held list complete, no axe violation).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The folder e2e/chromium/helpers/screenshots.ts writes to. */
const shots = join(root, 'test-results/screenshots');
/** Each picture in docs/ and the e2e file that takes it. */
const PICTURES = {
  'popup.png': 'e2e/chromium/popup-a11y.e2e.ts',
  'popup-light.png': 'e2e/chromium/popup-a11y.e2e.ts',
  'popup-dark.png': 'e2e/chromium/popup-a11y.e2e.ts',
  'popup-first-run.png': 'e2e/chromium/popup-a11y.e2e.ts',
  'popup-afternoon-light.png': 'e2e/chromium/workday.e2e.ts',
  'popup-afternoon-dark.png': 'e2e/chromium/workday.e2e.ts',
  'report.png': 'e2e/chromium/report.e2e.ts',
  'report-light.png': 'e2e/chromium/report.e2e.ts',
  'report-dark.png': 'e2e/chromium/report.e2e.ts',
  'popup-de.png': 'e2e/chromium/locales.e2e.ts',
  'popup-ja.png': 'e2e/chromium/locales.e2e.ts',
  'report-de.png': 'e2e/chromium/locales.e2e.ts',
  'report-ja.png': 'e2e/chromium/locales.e2e.ts',
  'options-de.png': 'e2e/chromium/locales.e2e.ts',
  'options-ja.png': 'e2e/chromium/locales.e2e.ts',
};

function run(command, args) {
  console.log(`\n── ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nFailed: ${command} ${args.join(' ')}. docs/ is unchanged.`);
    process.exit(1);
  }
}

if (ensureBrowsers(['chromium', 'fonts-ipafont-gothic']).length > 0) process.exit(1);
// No picture from an earlier run may pass for a new one.
rmSync(shots, { recursive: true, force: true });
const started = Date.now();
run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...new Set(Object.values(PICTURES))]);

const missing = Object.keys(PICTURES).filter((name) => {
  const file = join(shots, name);
  return !existsSync(file) || statSync(file).mtimeMs < started;
});
if (missing.length > 0) {
  console.error(`\nThe tests passed but did not save ${missing.join(', ')} in ${shots}. docs/ is unchanged.`);
  process.exit(1);
}
for (const name of Object.keys(PICTURES)) copyFileSync(join(shots, name), join(root, 'docs', name));
console.log(`\nUpdated docs/: ${Object.keys(PICTURES).join(', ')}`);
