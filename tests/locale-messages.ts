/**
 * The shipped messages as Chrome would give them, for tests: locales/<lang> with English placeholders
 * (as scripts/merge-locales.mjs merges them), and getMessage's substitution ($NAME$ → its placeholder's
 * content, then $1…$9 → the arguments, $$ → $).
 */
import { join } from 'node:path';
import { type LocaleEntry, readLocale } from '../scripts/merge-locales.mjs';
import { type Message, say } from '../utils/wording';

const root = join(__dirname, '..');
const cache = new Map<string, Record<string, LocaleEntry>>();

/** locales/<lang> merged, each entry with its English placeholders. */
export function messagesOf(lang: string): Record<string, LocaleEntry> {
  let messages = cache.get(lang);
  if (!messages) {
    const en = readLocale(root, 'en');
    const own = lang === 'en' ? en : readLocale(root, lang);
    messages = Object.fromEntries(
      Object.entries(own).map(([key, entry]) => [key, { ...entry, placeholders: en[key]?.placeholders }]),
    );
    cache.set(lang, messages);
  }
  return messages;
}

/** chrome.i18n.getMessage over `messages`: "" for an unknown key, as Chrome does. */
export function getMessage(messages: Record<string, LocaleEntry>, key: string, subs: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
}

/** Words messages as the extension does in English (for pure code that takes a translator). */
export const english = {
  locale: 'en',
  t: (key: string, ...args: Array<string | number>) => getMessage(messagesOf('en'), key, args.map(String)),
};

/** A result whose error is a Message, with the error worded in English (to compare with text). */
export function inEnglish<R extends { ok: boolean }>(result: R): R | (Omit<R, 'error'> & { error: string }) {
  if (result.ok || !('error' in result)) return result;
  return { ...result, error: say(english, result.error as Message) };
}
