/**
 * The extension's pages as the browser gets them (issue 12: the popup's first paint within 1.15× a
 * blank extension page, bench/popup.ts; the report ready soon, bench/history.ts). Measured with
 * Chromium's trace, the popup's first frame waited for its stylesheet: a render-blocking fetch
 * that Chromium passes through its message-substitution step for extension CSS, which came back
 * after the script, and the script in turn waits for it before it runs. So the popup's CSS is
 * written into popup.html as a <style>, and the page's frame (the header with the product name,
 * entrypoints/popup/index.html) is in the HTML: the first frame has content as soon as the HTML is
 * parsed, and the script draws the live state into it when the snapshot is read
 * (components/popup/jsx/patch.ts keeps the nodes it finds there).
 *
 * The report page had the same wait: its stylesheet came back after its script and held the script's
 * run (measured with Chromium's trace, empty database and a year of history alike), so its CSS is
 * written into report.html too, and the options page's, which links its stylesheet the same way,
 * into options.html.
 */
import type { Plugin } from 'vite';
import { readLocale, SHIPPED_LANGUAGES } from './merge-locales.mjs';

/** Written in entrypoints/popup/index.html where the product's name goes; replaced at build time. */
export const EXT_NAME_PLACEHOLDER = '__MSG_extName__';

/**
 * The product's name as the static HTML shows it. The HTML cannot follow the browser's language, so
 * every shipped language must call the product the same: a build that would show one language the
 * wrong name fails here.
 */
export function staticExtName(root = '.'): string {
  const names = new Map(SHIPPED_LANGUAGES.map((lang) => [lang, readLocale(root, lang).extName?.message]));
  const en = names.get('en');
  if (!en) throw new Error('locales/en: no extName');
  const other = [...names].filter(([, name]) => name !== en).map(([lang]) => lang);
  if (other.length > 0)
    throw new Error(
      `extName differs in ${other.join(', ')}: the popup's static header (entrypoints/popup/index.html) shows one name in every language`,
    );
  return en;
}

const STYLESHEET_LINK = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;

/**
 * `html` with each stylesheet <link> whose file is in `assets` replaced by a <style> holding it.
 * Returns the page and the files it took in (to be dropped from the build).
 */
export function inlineStylesheets(html: string, assets: Record<string, string>): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(STYLESHEET_LINK, (tag) => {
    const href = tag.match(/\bhref=["']?([^"'\s>]+)/i)?.[1]?.replace(/^\//, '');
    const css = href === undefined ? undefined : assets[href];
    if (href === undefined || css === undefined || css.includes('</')) return tag;
    inlined.push(href);
    return `<style>${css}</style>`;
  });
  return { html: out, inlined };
}

/** The popup's page, from the project root. */
export const POPUP_HTML = 'entrypoints/popup/index.html';
/** The report's page, from the project root. */
export const REPORT_HTML = 'entrypoints/report/index.html';
/** The options page, from the project root. */
export const OPTIONS_HTML = 'entrypoints/options/index.html';
/**
 * The pages whose CSS goes into their HTML. Each is built on its own (wxt.config.ts: the popup and
 * the report are split off, the options page is what remains of their group), so no other page
 * links the stylesheets taken in, and they can be dropped from the build.
 */
export const INLINED_CSS_PAGES: readonly string[] = [POPUP_HTML, REPORT_HTML, OPTIONS_HTML];

/** The Vite plugin (wxt.config.ts); it touches the INLINED_CSS_PAGES only, and the product's name in the popup's. */
export function pageHtml(root = '.'): Plugin {
  return {
    name: 'heads-down:page-html',
    transformIndexHtml: {
      // After Vite has written the script and stylesheet tags, with the bundle at hand (in a build).
      order: 'post',
      handler(html, ctx) {
        const file = ctx.filename.replaceAll('\\', '/');
        if (!INLINED_CSS_PAGES.some((page) => file.endsWith(page))) return html;
        const named = file.endsWith(POPUP_HTML) ? html.replaceAll(EXT_NAME_PLACEHOLDER, staticExtName(root)) : html;
        const bundle = ctx.bundle;
        if (!bundle) return named;
        const css: Record<string, string> = {};
        for (const [file, item] of Object.entries(bundle))
          if (item.type === 'asset' && file.endsWith('.css')) css[file] = String(item.source);
        const { html: page, inlined } = inlineStylesheets(named, css);
        // The page is built alone, so no other page links these files.
        for (const file of inlined) delete bundle[file];
        return page;
      },
    },
  };
}
