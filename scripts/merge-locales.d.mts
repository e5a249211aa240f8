export const SHIPPED_LANGUAGES: string[];
export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export function readLocale(root: string, lang: string): Record<string, LocaleEntry>;
export function localeKeysSource(keys: Iterable<string>): string;
export function mergeLocales(root?: string): void;
