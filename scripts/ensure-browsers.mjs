/**
 * Makes sure the Debian browsers that the demo, the tests and the screenshots drive are installed.
 * A missing one is installed with apt-get (through sudo when not root), Debian's own build and never
 * a downloaded one. When that cannot work here (no apt-get, not root and no usable sudo, the install
 * fails, or HEADS_DOWN_NO_INSTALL=1), it prints the exact command to run and reports the browser as
 * missing. Used by `npm run demo`, `npm test`, `npm run screenshots` and `.ci/run`.
 *
 * As a command: `node scripts/ensure-browsers.mjs chromium firefox-esr` exits 1 if one is still missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Debian package → the file it installs that tells it is there: the executables the harness and the
 * demo launch, and a Japanese font (without one Chromium draws Japanese as empty boxes, and the
 * Japanese end-to-end test checks what is drawn).
 */
export const BROWSER_PATHS = {
  chromium: '/usr/bin/chromium',
  'firefox-esr': '/usr/bin/firefox-esr',
  'fonts-ipafont-gothic': '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
};

/**
 * How to install `packages` on this machine: `steps` are the commands to run now (empty when it
 * cannot be done here), `manual` the command a person would type.
 */
export function installPlan(packages, { isRoot, hasAptGet, hasSudo, interactive, allowed }) {
  const list = packages.join(' ');
  const manual = isRoot
    ? `apt-get update && apt-get install -y ${list}`
    : `sudo apt-get update && sudo apt-get install -y ${list}`;
  if (!allowed || !hasAptGet || (!isRoot && !hasSudo)) return { steps: [], manual };
  // Without a terminal sudo cannot ask for a password: -n makes it fail at once instead of hanging.
  const as = isRoot ? [] : ['sudo', ...(interactive ? [] : ['-n']), 'DEBIAN_FRONTEND=noninteractive'];
  return {
    steps: [
      [...as, 'apt-get', 'update', '-qq'],
      [...as, 'apt-get', 'install', '-y', '-qq', ...packages],
    ],
    manual,
  };
}

/** The machine as ensureBrowsers sees it; tests pass a fake. */
export function thisMachine() {
  const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
  return {
    isInstalled: (pkg) => existsSync(BROWSER_PATHS[pkg]),
    isRoot: process.getuid?.() === 0,
    hasAptGet: has('apt-get'),
    hasSudo: has('sudo'),
    interactive: Boolean(process.stdin.isTTY),
    allowed: process.env.HEADS_DOWN_NO_INSTALL !== '1',
    // apt's progress goes nowhere (as in a CI log); its errors and sudo's password prompt still show.
    run: (argv) =>
      spawnSync(argv[0], argv.slice(1), {
        stdio: ['inherit', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0,
    say: (text) => console.error(text),
  };
}

/** Installs whichever of `packages` is missing; returns the ones still missing (each explained). */
export function ensureBrowsers(packages, machine = thisMachine()) {
  const missing = packages.filter((pkg) => !machine.isInstalled(pkg));
  if (missing.length === 0) return [];
  const plan = installPlan(missing, machine);
  if (plan.steps.length > 0) {
    const paths = missing.map((p) => BROWSER_PATHS[p]).join(', ');
    machine.say(`Installing Debian's ${missing.join(' and ')} (${paths} missing; about half a minute):`);
    for (const step of plan.steps) {
      machine.say(`  ${step.join(' ')}`);
      if (!machine.run(step)) break;
    }
  }
  const still = missing.filter((pkg) => !machine.isInstalled(pkg));
  if (still.length > 0) {
    machine.say(
      `\n${still.map((p) => BROWSER_PATHS[p]).join(' and ')} ${still.length > 1 ? 'are' : 'is'} missing. ` +
        `Install Debian's package${still.length > 1 ? 's' : ''}, then run this again:\n\n  ${installPlan(still, machine).manual}\n`,
    );
  }
  return still;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((pkg) => !(pkg in BROWSER_PATHS));
  if (wanted.length === 0 || unknown.length > 0) {
    console.error(`usage: node scripts/ensure-browsers.mjs ${Object.keys(BROWSER_PATHS).join(' | ')} …`);
    process.exit(2);
  }
  const still = ensureBrowsers(wanted);
  // Debian moves its browsers between runs without warning (firefox-esr went from 140 to 153): say
  // which versions this run drives, so a log shows what a failure ran against.
  for (const pkg of wanted.filter((p) => !still.includes(p))) {
    // `dpkg-query -W` prints "package<TAB>version".
    const query = spawnSync('dpkg-query', ['-W', pkg], { encoding: 'utf8' });
    console.log(query.status === 0 ? query.stdout.trim().replace('\t', ' ') : `${pkg} (version unknown)`);
  }
  process.exit(still.length === 0 ? 0 : 1);
}
