/** Localised strings from public/_locales (sources in locales/<lang>/*.json). */
import { browser } from 'wxt/browser';
import type { MessageKey, PluralKey } from './locale-keys';

export type { MessageKey, PluralKey } from './locale-keys';

/** The languages shipped in public/_locales, as Chrome names their folders (scripts/merge-locales.mjs). */
export const SHIPPED_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'] as const;

/** The message for `key` with its placeholders filled; the key itself if it is missing (tests). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  try {
    // WXT's own key type is generated from public/_locales at prepare time; ours (utils/locale-keys.ts)
    // comes from the sources and is the one callers are held to.
    const name = key as Parameters<typeof browser.i18n.getMessage>[0];
    return browser.i18n.getMessage(name, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}

/**
 * The language the messages are shown in, as a BCP 47 tag ("de", "pt-BR", "en"), from the browser's
 * UI locale ("de_AT", "pt-BR"…). The browser looks for the whole locale, then its language alone, then
 * falls back to default_locale "en" (Chrome's extension i18n docs, "Searching for messages"), so the
 * text shown is that language and `lang` must say so.
 */
export function shownLanguageOf(uiLocaleTag: string): string {
  const [language = '', region = ''] = uiLocaleTag.replace(/-/g, '_').split('_');
  const whole = `${language.toLowerCase()}_${region.toUpperCase()}`;
  const shipped: readonly string[] = SHIPPED_LANGUAGES;
  if (region && shipped.includes(whole)) return `${language.toLowerCase()}-${region.toUpperCase()}`;
  if (shipped.includes(language.toLowerCase())) return language.toLowerCase();
  return 'en';
}

/**
 * The locale for Intl (dates, times, numbers, lists, plural rules): the UI locale when its language is
 * the one shown, so "en_GB" keeps its 24-hour clock; otherwise the shown language, so the dates inside
 * a sentence are in the sentence's language ("pt_PT" reads English, so its dates are English too).
 */
export function formatLocaleOf(uiLocaleTag: string, shown = shownLanguageOf(uiLocaleTag)): string {
  try {
    const canonical = Intl.getCanonicalLocales(uiLocaleTag.replace(/_/g, '-'))[0];
    // pt-PT is not pt-BR: only a region of the shown language itself keeps its formats.
    const sameLanguage = shown.includes('-') ? canonical === shown : canonical?.split('-')[0] === shown;
    if (canonical && sameLanguage) return canonical;
  } catch {
    // A tag Intl does not accept: the shown language is.
  }
  return shown;
}

/**
 * The browser's UI locale ("de", "en-US"); "en" where none can be had (tests). getUILanguage, not
 * the "@@ui_locale" message: Debian's Chromium run with --lang=de ships only its en-US resources and
 * answers "en_US" to "@@ui_locale" while it shows the extension's German messages and getUILanguage
 * says "de" (measured by e2e/chromium/locales.e2e.ts).
 */
function browserUiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || browser.i18n.getMessage('@@ui_locale') || 'en';
  } catch {
    return 'en';
  }
}

/**
 * The language of the text shown (for `lang` on every page). Each translation names itself in its
 * `lang_code` message, so this is the language the browser actually picked for the messages; only
 * where that cannot be read (tests) is it worked out from the UI locale.
 */
export function shownLanguage(): string {
  const own = t('lang_code');
  const shipped: readonly string[] = SHIPPED_LANGUAGES.map((l) => l.replace('_', '-'));
  return shipped.includes(own) ? own : shownLanguageOf(browserUiLocale());
}

/** The locale for Intl: dates and numbers in the language of the words around them. */
export function uiLocale(): string {
  return formatLocaleOf(browserUiLocale(), shownLanguage());
}

/**
 * One Intl object per locale (and kind): making one costs far more than using it, and a page words
 * several counts as it draws (the report's summary).
 */
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function perLocale<T>(made: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let found = made.get(locale);
  if (found === undefined) {
    found = make(locale);
    made.set(locale, found);
  }
  return found;
}

/** The plural form Intl gives n in `locale`, as a key suffix: only "one" has its own message. */
export function pluralFormOf(locale: string, n: number): 'one' | 'other' {
  // Japanese has only "other"; French counts 0 and 1 as "one"; the rest fall to "other".
  return perLocale(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(n) === 'one' ? 'one' : 'other';
}

/** The `${key}_one` or `${key}_other` message for n, by the shown language's plural rules, n formatted. */
export function plural(key: PluralKey, n: number, ...rest: Array<string | number>): string {
  const locale = uiLocale();
  const number = perLocale(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(n);
  return t(`${key}_${pluralFormOf(locale, n)}`, number, ...rest);
}

/** A wall-clock time in the shown locale ("10:30", "10:30 AM"), for messages the background writes. */
export function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { hour: 'numeric', minute: '2-digit' }).format(ms);
}
