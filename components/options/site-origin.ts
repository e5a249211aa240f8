/** Reads what the person typed as a custom site's address. Pure. */

export type OriginResult =
  | { ok: true; origin: string; host: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

/** The origin of a typed address; a bare host name is read as https. */
export function originFromInput(text: string): OriginResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (!url.hostname || url.hostname.includes('*')) return { ok: false, reason: 'invalid' };
  return { ok: true, origin: url.origin, host: url.host };
}

/** The host permission pattern that covers a whole origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
