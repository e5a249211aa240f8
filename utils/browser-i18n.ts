/** Localised strings from public/_locales (sources in locales/<lang>/*.json). */
import { browser } from 'wxt/browser';

/** The message for `key` with its placeholders filled; the key itself if it is missing (tests, typos). */
export function t(key: string, ...substitutions: Array<string | number>): string {
  try {
    // Keys come from locale fragments merged at build time, so the generated key union lags behind edits.
    const name = key as Parameters<typeof browser.i18n.getMessage>[0];
    return browser.i18n.getMessage(name, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
