/** The demo's build: the demo runs a private copy of it, so other builds cannot swap files under the browser. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_PATHS } from '../ensure-browsers.mjs';

export const CHROMIUM = BROWSER_PATHS.chromium;
const LOCK = '/tmp/hd-build.lock';

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
