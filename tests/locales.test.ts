/** The shipped languages: the same keys and placeholders as English, and the key type kept in sync. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localeKeysSource, mergeLocales, readLocale, SHIPPED_LANGUAGES } from '../scripts/merge-locales.mjs';
import {
  formatLocaleOf,
  plural,
  pluralFormOf,
  SHIPPED_LANGUAGES as RUNTIME_LANGUAGES,
  shownLanguage,
  shownLanguageOf,
  t,
  uiLocale,
} from '../utils/browser-i18n';
import { composeDigest } from '../utils/digest';
import { getMessage, messagesOf } from './locale-messages';
import { interruption } from './report/fixtures';

const root = join(__dirname, '..');
const en = readLocale(root, 'en');
const translations = SHIPPED_LANGUAGES.filter((lang) => lang !== 'en');

/** The $NAME$ placeholders a message uses, upper-cased and sorted ($$ is a literal dollar). */
function placeholdersIn(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
}

describe('shipped languages', () => {
  it('are the folders in locales/, and the runtime knows the same list', () => {
    expect(readdirSync(join(root, 'locales')).sort()).toEqual([...SHIPPED_LANGUAGES].sort());
    expect([...RUNTIME_LANGUAGES]).toEqual(SHIPPED_LANGUAGES);
  });

  it.each(translations)('%s has exactly the keys of en', (lang) => {
    const own = readLocale(root, lang);
    const missing = Object.keys(en).filter((k) => !(k in own));
    const extra = Object.keys(own).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(translations)('%s uses the same placeholders as en in every message, and no empty message', (lang) => {
    const own = readLocale(root, lang);
    const differing = Object.keys(en).filter(
      (k) => own[k] && placeholdersIn(own[k].message).join() !== placeholdersIn(en[k]!.message).join(),
    );
    const empty = Object.keys(own).filter((k) => !own[k]!.message.trim());
    // Placeholders are defined once, in English; a translation that defines its own would drift.
    const ownPlaceholders = Object.keys(own).filter((k) => own[k]!.placeholders);
    expect({ differing, empty, ownPlaceholders }).toEqual({ differing: [], empty: [], ownPlaceholders: [] });
  });

  it.each(SHIPPED_LANGUAGES)('%s names itself in lang_code, as a BCP 47 tag of its folder', (lang) => {
    expect(readLocale(root, lang).lang_code?.message).toBe(lang.replace('_', '-'));
  });

  it('every plural key has both forms in English (and so, by the key check, in every language)', () => {
    const keys = Object.keys(en);
    const ones = keys.filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4));
    const others = keys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6));
    expect(ones.sort()).toEqual(others.sort());
  });

  it('every English placeholder used in a message is defined, and every defined one is used', () => {
    const wrong = Object.entries(en).filter(([, entry]) => {
      const defined = Object.keys(entry.placeholders ?? {})
        .map((p) => p.toUpperCase())
        .sort();
      return [...new Set(placeholdersIn(entry.message))].join() !== defined.join();
    });
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('the merged messages.json of each language carries the English placeholders', () => {
    mergeLocales(root);
    for (const lang of SHIPPED_LANGUAGES) {
      const merged = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
      expect(Object.keys(merged).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        if (entry.placeholders) expect(merged[key].placeholders, `${lang} ${key}`).toEqual(entry.placeholders);
      }
    }
  });

  it('utils/locale-keys.ts is the key type of the English sources', () => {
    expect(readFileSync(join(root, 'utils/locale-keys.ts'), 'utf8')).toBe(localeKeysSource(Object.keys(en)));
  });
});

describe('the language shown', () => {
  it.each([
    ['de', 'de', 'de'],
    ['de_AT', 'de', 'de-AT'],
    ['en_GB', 'en', 'en-GB'],
    ['en-US', 'en', 'en-US'],
    ['pt_BR', 'pt-BR', 'pt-BR'],
    ['pt_PT', 'en', 'en'],
    ['pt', 'en', 'en'],
    ['es_419', 'es', 'es-419'],
    ['fr_CA', 'fr', 'fr-CA'],
    ['ja', 'ja', 'ja'],
    ['zh_CN', 'en', 'en'],
    ['nl', 'en', 'en'],
    ['', 'en', 'en'],
  ])('UI locale %s shows %s text, with dates in %s', (ui, shown, format) => {
    expect(shownLanguageOf(ui)).toBe(shown);
    expect(formatLocaleOf(ui)).toBe(format);
  });

  it('plural forms: Japanese has only "other", French counts 0 as "one", English 0 as "other"', () => {
    expect([0, 1, 2].map((n) => pluralFormOf('ja', n))).toEqual(['other', 'other', 'other']);
    expect([0, 1, 2].map((n) => pluralFormOf('fr', n))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralFormOf('en', n))).toEqual(['other', 'one', 'other']);
    expect([1, 2].map((n) => pluralFormOf('pt-BR', n))).toEqual(['one', 'other']);
  });
});

describe('in a browser showing one of the languages', () => {
  const original = { getMessage: fakeBrowser.i18n.getMessage, getUILanguage: fakeBrowser.i18n.getUILanguage };
  afterEach(() => Object.assign(fakeBrowser.i18n, original));

  /** The fake browser shows `lang`'s messages under the UI locale `ui`, as Chrome would. */
  function showing(lang: string, ui: string) {
    const messages = messagesOf(lang);
    fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
      getMessage(
        messages,
        name,
        subs === undefined ? [] : ([] as string[]).concat(subs),
      )) as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getUILanguage = () => ui;
  }

  it('lang is the language of the messages, dates follow the UI region of that language', () => {
    showing('de', 'de-AT');
    expect([shownLanguage(), uiLocale()]).toEqual(['de', 'de-AT']);
    showing('pt_BR', 'pt-BR');
    expect([shownLanguage(), uiLocale()]).toEqual(['pt-BR', 'pt-BR']);
    // A UI language not shipped: the browser shows English, so lang and dates are English.
    showing('en', 'nl-NL');
    expect([shownLanguage(), uiLocale()]).toEqual(['en', 'en']);
  });

  it('plural() takes the language\'s own form: Japanese "other" for 1, French "one" for 0', () => {
    showing('ja', 'ja');
    expect(plural('digest_title', 1, 25)).toBe(getMessage(messagesOf('ja'), 'digest_title_other', ['1', '25']));
    showing('fr', 'fr-FR');
    expect(plural('report_countPeeks', 0)).toBe(getMessage(messagesOf('fr'), 'report_countPeeks_one', ['0']));
    showing('en', 'en-US');
    expect(plural('report_countPeeks', 1200)).toBe('1,200 peeks');
  });

  it.each(SHIPPED_LANGUAGES)('the digest in %s is worded by that language, app names as they are', (lang) => {
    showing(lang, lang.replace('_', '-'));
    const held = [
      interruption(0, { appId: 'slack', kind: 'held', messages: 4 }),
      interruption(0, { appId: 'slack', kind: 'held' }),
      interruption(0, { appId: 'gmail', kind: 'held' }),
    ];
    const names: Record<string, string> = { slack: 'Slack', gmail: 'Gmail' };
    const digest = composeDigest(held, 25 * 60_000, (id) => names[id] ?? id, { locale: uiLocale(), t, plural })!;
    const messages = messagesOf(lang);
    const form = pluralFormOf(uiLocale(), 3);
    expect(digest.title).toBe(getMessage(messages, `digest_title_${form}`, ['3', '25']));
    expect(digest.message).toContain(getMessage(messages, 'digest_appCount', ['Slack', '2']));
    expect(digest.message).toContain(getMessage(messages, 'digest_appCount', ['Gmail', '1']));
    if (lang !== 'en') expect(digest.title).not.toBe(getMessage(messagesOf('en'), 'digest_title_other', ['3', '25']));
  });
});
