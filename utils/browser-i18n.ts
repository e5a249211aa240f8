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

/** The browser's UI language as a BCP 47 tag, for Intl; "en" where none can be had (tests). */
export function uiLocale(): string {
  try {
    const tag = browser.i18n.getUILanguage();
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The `${key}_one` or `${key}_other` message for n, by the UI language's plural rules, n formatted. */
export function plural(key: string, n: number, ...rest: Array<string | number>): string {
  const locale = uiLocale();
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, new Intl.NumberFormat(locale).format(n), ...rest);
}
