/**
 * chrome.i18n.getMessage as the tests' stand-in for utils/browser-i18n: reads the English locale
 * sources and substitutes like Chrome ($NAME$ → the placeholder's content, then $1…$9 → arguments).
 * A missing key or a missing argument throws, so a typo in the popup fails its test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const dir = join(__dirname, '../../locales/en');
export const messages: Record<string, Entry> = Object.assign(
  {},
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
);

/** The English message for `key` with its substitutions, as Chrome would produce it. */
export function t(key: string, ...subs: Array<string | number>): string {
  const entry = messages[key];
  if (!entry) throw new Error(`missing locale key ${key}`);
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    if (!placeholder) throw new Error(`${key}: no placeholder ${name}`);
    return placeholder.content;
  });
  return named.replace(/\$(\d)/g, (_, n: string) => {
    const value = subs[Number(n) - 1];
    if (value === undefined) throw new Error(`${key}: missing substitution $${n}`);
    return String(value);
  });
}

export const uiLocale = () => 'en';
export const shownLanguage = () => 'en';
export const clockTime = (ms: number) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(ms);

/** As utils/browser-i18n plural, in English. */
export function plural(key: string, n: number, ...rest: Array<string | number>): string {
  return t(`${key}_${new Intl.PluralRules('en').select(n) === 'one' ? 'one' : 'other'}`, n, ...rest);
}
