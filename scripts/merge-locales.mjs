// Chrome wants one messages.json per locale; each page keeps its strings in locales/<lang>/<page>.json
// so that pages can be worked on independently. This merges them into public/_locales (generated).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function mergeLocales(root = '.') {
  const src = join(root, 'locales');
  for (const lang of readdirSync(src)) {
    const merged = {};
    for (const file of readdirSync(join(src, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const part = JSON.parse(readFileSync(join(src, lang, file), 'utf8'));
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`locales/${lang}/${file}: key "${key}" is defined twice`);
        merged[key] = value;
      }
    }
    mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
    writeFileSync(join(root, 'public/_locales', lang, 'messages.json'), `${JSON.stringify(merged, null, 2)}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) mergeLocales();
