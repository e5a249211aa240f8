/** A stand-in for utils/browser-i18n in component tests: the real English strings, placeholders filled like Chrome does. */
import type { MessageKey, PluralKey } from '@/utils/locale-keys';
import { getMessage, messagesOf } from '../locale-messages';

const english = messagesOf('en');

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return getMessage(english, key, subs.map(String)) || key;
}

export function plural(key: PluralKey, n: number, ...rest: Array<string | number>): string {
  const form = new Intl.PluralRules('en').select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, new Intl.NumberFormat('en').format(n), ...rest);
}

export const uiLocale = () => 'en';
export const shownLanguage = () => 'en';
