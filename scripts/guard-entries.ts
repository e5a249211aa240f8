/**
 * Writes one guard entrypoint per watched app (entrypoints/guard/apps/<id>.ts) from the catalog
 * (utils/apps.ts), and tells WXT about them (wxt.config.ts `entrypoints:found`: WXT itself only looks
 * one level into entrypoints/). Each imports the guard's core with its app's id, name and title
 * grammar alone, so its bundle holds neither the other apps' grammars and words nor the catalog.
 * The files are committed; wxt.config.ts rewrites them on every build and tests/watched-scripts.test.ts
 * fails when they differ from what the catalog says.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WatchedApp } from '../utils/apps';
import { guardEntryName, guardedApps } from '../utils/watched-scripts';

/** Where the per-app guard entrypoints live, from the project root. */
export const GUARD_ENTRIES_DIR = 'entrypoints/guard/apps';

/** The export of utils/title-grammars.ts that is `appId`'s grammar: `google-chat` → `googleChatGrammar`. */
export function grammarExportName(appId: string): string {
  return `${appId.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Grammar`;
}

const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

/** The source of `app`'s guard entrypoint (formatted as biome formats it). */
export function guardEntrySource(app: WatchedApp): string {
  const grammar = grammarExportName(app.id);
  return `// Generated from utils/apps.ts by scripts/guard-entries.ts (run by every build): do not edit.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ${grammar} } from '@/utils/title-grammars';
import { startGuard } from '../start';

/** The app this guard is for; utils/watched-scripts.ts puts it on the app's pages. */
const app = { id: ${quote(app.id)}, name: ${quote(app.name)}, blinks: ${app.blinks}, grammar: ${grammar} };

export default defineUnlistedScript(() => startGuard(app));
`;
}

/** Each guarded app's entrypoint file (relative to the root) and its source. */
export function guardEntries(): Array<{ app: WatchedApp; path: string; source: string }> {
  return guardedApps().map((app) => ({
    app,
    path: `${GUARD_ENTRIES_DIR}/${app.id}.ts`,
    source: guardEntrySource(app),
  }));
}

/** Brings entrypoints/guard/apps/ in line with the catalog: writes what changed, removes what is gone. */
export function writeGuardEntries(root = '.'): void {
  const dir = join(root, GUARD_ENTRIES_DIR);
  mkdirSync(dir, { recursive: true });
  const entries = guardEntries();
  for (const { path, source } of entries) {
    const file = join(root, path);
    let current: string | null = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== source) writeFileSync(file, source);
  }
  const wanted = new Set(entries.map(({ app }) => `${app.id}.ts`));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name));
}

/** The entrypoints to add to what WXT found (`entrypoints:found` hook). */
export function guardEntrypointInfos(root: string) {
  return guardEntries().map(({ app, path }) => ({
    name: guardEntryName(app.id),
    inputPath: join(root, path),
    type: 'unlisted-script' as const,
  }));
}
