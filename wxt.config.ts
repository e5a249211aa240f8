import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { guardEntrypointInfos, writeGuardEntries } from './scripts/guard-entries';
import { mergeLocales } from './scripts/merge-locales.mjs';
import { pageHtml } from './scripts/page-html';
import { WATCHED_MATCHES } from './utils/apps';
import { isWatchedPageScript, watchedContentScripts } from './utils/watched-scripts';

mergeLocales();
writeGuardEntries();

/**
 * Firefox's settings. The id is the add-on's identity on AMO and in people's profiles: never change
 * it. Nothing leaves the device, so the data-collection declaration (Firefox 140+, 142+ on Android)
 * is `none`, which Firefox reads from 140 on: the oldest version we support (the e2e suite has run in Debian's firefox-esr 140 and 153).
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'heads-down@headsdown.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * A second minification of the guard and the relay, by terser, on the finished script (after WXT
 * has made it an anonymous IIFE, so nothing lands in the page's global scope): it drops what the
 * default minifier keeps, such as WXT's unlisted-script logger (it prints only in development) and
 * helpers it can inline. Only transformations that keep behaviour for any input: no `unsafe` (it
 * turns `String(x)` into `x + ""`, which calls a page object's valueOf instead of its toString) and
 * no property mangling (their objects cross into the relay as JSON).
 */
function minifyAgain(): Plugin {
  return {
    name: 'heads-down:minify-watched-page-scripts',
    enforce: 'post',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3 },
          mangle: true,
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

/**
 * WXT starts an unlisted script through its own entry module (wxt/dist/virtual/unlisted-script-entrypoint),
 * which wraps `main()` in a try/catch that logs only in development and rethrows, and calls WXT's
 * (here empty) plugin list: a production build gains nothing from it, and every watched page loaded
 * its ~80 bytes gzipped twice (guard and relay; issue 12). This entry calls `main()` alone, so an
 * error still surfaces as thrown.
 */
function plainUnlistedEntry(): Plugin {
  const prefix = '\0virtual:wxt-unlisted-script-entrypoint?';
  return {
    name: 'heads-down:plain-unlisted-entry',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(prefix)) return null;
      return `import definition from ${JSON.stringify(id.slice(prefix.length))};\ndefinition.main();\n`;
    },
  };
}

/** The pages built on their own, each one script file (see the `entrypoints:grouped` hook). */
const SEPARATE_PAGES: readonly string[] = ['popup', 'report'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No webextension-polyfill: Chromium's MV3 APIs return promises and Firefox has `browser.*`, so
  // `wxt/browser` is the native object in both. The one difference that matters, how a message
  // listener replies, is handled in entrypoints/background/index.ts.
  // Explicit imports only: auto-imports pulled utils/browser-i18n (and with it the extension APIs)
  // into the MAIN-world guard through a parameter named like one of its exports.
  imports: false,
  // pageHtml: each page's CSS inside its HTML, and the product's name in the popup's static header
  // (scripts/page-html.ts).
  vite: () => ({ plugins: [preact(), pageHtml()] }),
  hooks: {
    // The popup and the report are each built on their own (issue 12): one script file each, with
    // none of the chunks they would otherwise share with the options page, and no modulepreload
    // polyfill (both browsers preload modules natively), so their first paint waits for one fetch
    // (the report's own lazy chunks load after its week is drawn). It also lets each page's CSS be
    // taken into its HTML (scripts/page-html.ts): no other page links it.
    'entrypoints:grouped': (_, groups) => {
      for (const name of SEPARATE_PAGES) {
        const i = groups.findIndex((g) => Array.isArray(g) && g.length > 1 && g.some((e) => e.name === name));
        const group = groups[i];
        if (!Array.isArray(group)) continue;
        const page = group.find((e) => e.name === name)!;
        groups.splice(
          i,
          1,
          [page],
          group.filter((e) => e !== page),
        );
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && SEPARATE_PAGES.includes(entrypoints[0]?.name ?? ''))
        config.build = { ...config.build, modulePreload: { polyfill: false } };
      // The scripts of watched pages run before every page load (issue 12 counts their bytes).
      if (entrypoints.length > 0 && entrypoints.every((e) => isWatchedPageScript(e.name)))
        config.plugins = [...(config.plugins ?? []), plainUnlistedEntry(), minifyAgain()];
    },
    // Each watched app's own guard (scripts/guard-entries.ts): WXT finds entrypoints one level deep
    // only, so the per-app files under entrypoints/guard/apps/ are added here.
    'entrypoints:found': (wxt, infos) => {
      infos.push(...guardEntrypointInfos(wxt.config.root));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Fewest that work: storage (settings mirror, focus state for content scripts), alarms (one, at
    // the next boundary), notifications (the digest), scripting (custom sites registered at run time),
    // idle (presence: time away from the computer is not working time; it shows no install warning).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'idle'],
    host_permissions: WATCHED_MATCHES,
    content_scripts: watchedContentScripts(),
    // Custom sites ask for their own origin when the person adds them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    commands: {
      'start-focus': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandStartFocus__',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  zip: {
    // The sources zip is for AMO review: exactly what builds the add-on (README "Firefox" says how).
    // Tests, fixtures, benchmarks, the demo and screenshots do not go into the build, so not in it.
    excludeSources: [
      'e2e/**',
      'tests/**',
      'bench/**',
      'docs/**',
      'scripts/demo.mjs',
      'scripts/demo/**',
      'scripts/test-all.mjs',
      'scripts/lint-firefox.mjs',
      'vitest.config.ts',
      'vitest.e2e.config.ts',
      'biome.json',
      '.bench/**',
      '.demo/**',
      '.ci/**',
      'test-results/**',
      '**/*.orig',
      '**/*.rej',
      '**/*.log',
      '.env*',
    ],
  },
});
