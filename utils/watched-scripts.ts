/**
 * The two scripts every watched page gets, declared in one place for the manifest (wxt.config.ts)
 * and for custom sites registered at run time (entrypoints/background/custom-sites.ts). Both are
 * WXT unlisted scripts, so they carry no content-script wrapper (WXT's ContentScriptContext posts a
 * window message to the page on start and holds a location watcher: neither is needed here).
 */

/** MAIN world: the page's own globals are patched before any page script (entrypoints/guard/). */
export const GUARD_FILE = 'guard.js';
/** Isolated world: storage and messaging (entrypoints/relay.ts). */
export const RELAY_FILE = 'relay.js';

/** What both scripts share: document_start, and every same-origin frame (about:blank and srcdoc too). */
const FRAMES = { run_at: 'document_start', all_frames: true, match_about_blank: true } as const;

/** Manifest `content_scripts` entries for `matches`: the relay first, then the guard (either order works). */
export function watchedContentScripts(matches: string[]) {
  return [
    { matches, js: [RELAY_FILE], ...FRAMES },
    { matches, js: [GUARD_FILE], world: 'MAIN', ...FRAMES },
  ];
}
