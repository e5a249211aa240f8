/** A stand-in for utils/browser-i18n in component tests: the real English strings, placeholders filled like Chrome does. */
import common from '@/locales/en/common.json';
import options from '@/locales/en/options.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages: Record<string, Entry> = { ...common, ...options };

export function t(key: string, ...subs: Array<string | number>): string {
  const entry = messages[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => String(subs[Number(n) - 1] ?? ''));
  });
}

export const uiLocale = () => 'en';
export const shownLanguage = () => 'en';
