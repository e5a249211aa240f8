import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_ENTRIES_DIR, grammarExportName, guardEntries } from '@/scripts/guard-entries';
import { WATCHED_APPS, WATCHED_MATCHES } from '@/utils/apps';
import * as titleGrammars from '@/utils/title-grammars';
import { GRAMMARS } from '@/utils/title-grammars';
import {
  CUSTOM_SITE_GUARD_FILE,
  guardFile,
  isWatchedPageScript,
  RELAY_FILE,
  watchedContentScripts,
} from '@/utils/watched-scripts';

const root = join(import.meta.dirname, '..');
const scripts = watchedContentScripts();
const guards = scripts.filter((s) => s.js.some((f) => f !== RELAY_FILE));
const appsWithPages = WATCHED_APPS.filter((app) => app.matches.length > 0);

describe('watched scripts', () => {
  it('puts the relay on every watched page and each app its own guard, exactly once', () => {
    const relays = scripts.filter((s) => s.js.includes(RELAY_FILE));
    expect(relays).toHaveLength(1);
    expect([...relays[0]!.matches].sort()).toEqual([...WATCHED_MATCHES].sort());
    expect(guards.map((s) => s.js)).toEqual(appsWithPages.map((app) => [guardFile(app.id)]));
    for (const app of appsWithPages) {
      const own = guards.filter((s) => s.js.includes(guardFile(app.id)));
      expect(own).toHaveLength(1);
      expect(own[0]!.matches).toEqual(app.matches);
      expect(own[0]).toMatchObject({ world: 'MAIN', run_at: 'document_start', all_frames: true });
    }
    // No page gets two guards: every match pattern belongs to one app's guard.
    const patterns = guards.flatMap((s) => s.matches);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('knows every script of watched pages by its entrypoint name, and no other (wxt.config.ts minifies them again)', () => {
    const files = [...scripts.flatMap((s) => s.js), CUSTOM_SITE_GUARD_FILE];
    for (const file of files) expect(isWatchedPageScript(file.replace(/\.js$/, '')), file).toBe(true);
    for (const other of ['background', 'popup', 'options', 'report', 'guardian'])
      expect(isWatchedPageScript(other), other).toBe(false);
  });

  it('gives each app guard its own grammar from utils/title-grammars.ts', () => {
    const exported = titleGrammars as unknown as Record<string, unknown>;
    for (const app of appsWithPages) {
      expect(exported[grammarExportName(app.id)], app.id).toBe(GRAMMARS[app.id]);
    }
  });

  it('has the committed entrypoints the catalog asks for, one per app and no other', () => {
    const entries = guardEntries();
    expect(entries.map(({ app }) => app.id)).toEqual(appsWithPages.map((app) => app.id));
    expect(readdirSync(join(root, GUARD_ENTRIES_DIR)).sort()).toEqual(entries.map(({ app }) => `${app.id}.ts`).sort());
    for (const { app, path, source } of entries) {
      const text = readFileSync(join(root, path), 'utf8');
      expect(text, path).toBe(source);
      expect(text).toContain(`import { ${grammarExportName(app.id)} } from '@/utils/title-grammars';`);
      expect(text).toContain(`id: '${app.id}'`);
    }
  });
});
