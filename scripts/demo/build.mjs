/** Preflight and build for the demo: Chromium must be there, and the demo runs a private copy of the build. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
const LOCK = '/tmp/hd-build.lock';

/** Exits with the install command when Debian's Chromium is missing (the demo never downloads a browser). */
export function requireChromium() {
  if (existsSync(CHROMIUM)) return;
  console.error(`Heads Down demo: Chromium is not installed at ${CHROMIUM}.`);
  console.error("Install Debian's Chromium, then run the demo again:\n\n  sudo apt-get install -y chromium\n");
  process.exit(1);
}

function hasFlock() {
  return spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs `npx wxt build` and copies `.output/chrome-mv3` to a temporary folder, both under the shared
 * build lock: other builds in the same tree (tests, other sessions) would otherwise swap the files
 * under the running browser. Returns the copy's path; the caller removes it.
 */
export function buildExtension(root) {
  const copy = mkdtempSync(join(tmpdir(), 'heads-down-demo-ext-'));
  const script = `npx wxt build && rm -rf "${copy}" && cp -r .output/chrome-mv3 "${copy}"`;
  // flock comes with util-linux; without it (not Debian) build unlocked, as `npm run build` would.
  const [cmd, args] = hasFlock() ? ['flock', [LOCK, 'sh', '-c', script]] : ['sh', ['-c', script]];
  const run = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    rmSync(copy, { recursive: true, force: true });
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    throw new Error('`npx wxt build` failed (output above).');
  }
  return copy;
}
