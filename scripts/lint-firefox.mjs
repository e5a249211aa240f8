// AMO's own checks (addons-linter) on the Firefox build: no errors, and no warnings except the ones
// listed in EXPLAINED (each also explained in README.md, "Firefox"). Exits non-zero otherwise.
// Usage: node scripts/lint-firefox.mjs [buildDir]   (default .output/firefox-mv3)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}. Build it first with: npx wxt build -b firefox --mv3`);
  process.exit(1);
}

/**
 * Warnings that come from a dependency's code, with the proof that it is that code: Preact's
 * renderer assigns `innerHTML` only for `dangerouslySetInnerHTML`, which no component here uses.
 */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML branch (unused here)",
    isIt: (source, column) => source.slice(Math.max(0, column - 200), column + 200).includes('.__html'),
  },
];

const result = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  console.error('addons-linter gave no JSON report.');
  process.exit(1);
}

const explained = [];
const unexplained = [];
for (const w of report.warnings) {
  const source = w.file && existsSync(join(dir, w.file)) ? readFileSync(join(dir, w.file), 'utf8') : '';
  const known = EXPLAINED.find((e) => e.code === w.code && e.isIt(source, w.column ?? 0));
  (known ? explained : unexplained).push({ ...w, why: known?.why });
}

const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`;
console.log(
  `addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${explained.length} explained), ${report.notices.length} notices`,
);
for (const e of report.errors) console.log(`error${line(e)}`);
for (const w of unexplained) console.log(`warning${line(w)}`);
for (const w of explained) console.log(`explained${line(w)} (${w.why})`);
for (const n of report.notices) console.log(`notice${line(n)}`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
