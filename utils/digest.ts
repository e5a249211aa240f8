/** The digest's wording: what was held, per app, busiest first. Pure. */
import type { Interruption } from './model';

export interface Digest {
  title: string;
  message: string;
  /** The app with the most held items, for the "open" button. */
  busiestAppId: string | null;
  held: number;
  messages: number;
}

/** Summarises held interruptions; null when nothing was held (no digest is shown then). */
export function composeDigest(held: Interruption[], focusedMs: number, appName: (id: string) => string): Digest | null {
  if (held.length === 0) return null;
  const perApp = new Map<string, number>();
  for (const item of held) perApp.set(item.appId, (perApp.get(item.appId) ?? 0) + 1);
  const ranked = [...perApp.entries()].sort((a, b) => b[1] - a[1] || appName(a[0]).localeCompare(appName(b[0])));
  const minutes = Math.max(1, Math.round(focusedMs / 60_000));
  const messages = held.reduce((sum, item) => sum + item.messages, 0);
  return {
    title: `${held.length} held while you focused ${minutes} min`,
    message:
      ranked.map(([appId, n]) => `${appName(appId)} ${n}`).join(', ') +
      (messages > held.length ? ` (${messages} messages)` : ''),
    busiestAppId: ranked[0]?.[0] ?? null,
    held: held.length,
    messages,
  };
}
