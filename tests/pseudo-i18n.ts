/**
 * A pseudo-locale stand-in for utils/browser-i18n: every message comes out wrapped as ⟦…⟧, so a page
 * rendered with it shows, outside the brackets, only what did not come from _locales (numbers, dates,
 * app names, the person's own data; or a forgotten English literal, which tests/pseudo-locale.test.tsx
 * finds).
 */
import type { MessageKey, PluralKey } from '@/utils/locale-keys';
import { getMessage, messagesOf } from './locale-messages';

const english = messagesOf('en');

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const text = getMessage(english, key, subs.map(String));
  if (!text) throw new Error(`missing locale key ${key}`);
  return `⟦${text}⟧`;
}

export const uiLocale = () => 'en';
export const shownLanguage = () => 'en';
export const clockTime = (ms: number) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(ms);

export function plural(key: PluralKey, n: number, ...rest: Array<string | number>): string {
  return t(
    `${key}_${new Intl.PluralRules('en').select(n) === 'one' ? 'one' : 'other'}`,
    new Intl.NumberFormat('en').format(n),
    ...rest,
  );
}
