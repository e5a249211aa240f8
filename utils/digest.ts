/** The digest's wording: what was held, per app, busiest first. Pure: the words come from `wording`. */
import type { Interruption } from './model';
import type { Wording } from './wording';

export interface Digest {
  title: string;
  message: string;
  /** The app with the most held items, for the "open" button. */
  busiestAppId: string | null;
  held: number;
  messages: number;
}

/** Summarises held interruptions; null when nothing was held (no digest is shown then). */
export function composeDigest(
  held: Interruption[],
  focusedMs: number,
  appName: (id: string) => string,
  wording: Wording,
): Digest | null {
  if (held.length === 0) return null;
  const perApp = new Map<string, number>();
  for (const item of held) perApp.set(item.appId, (perApp.get(item.appId) ?? 0) + 1);
  const ranked = [...perApp.entries()].sort(
    (a, b) => b[1] - a[1] || appName(a[0]).localeCompare(appName(b[0]), wording.locale),
  );
  const minutes = Math.max(1, Math.round(focusedMs / 60_000));
  const messages = held.reduce((sum, item) => sum + item.messages, 0);
  const number = new Intl.NumberFormat(wording.locale);
  // "Slack 3, Gmail 2": a narrow list, so each language joins the pairs its own way ("Slack 3、Gmail 2").
  const perAppText = new Intl.ListFormat(wording.locale, { type: 'conjunction', style: 'narrow' }).format(
    ranked.map(([appId, n]) => wording.t('digest_appCount', appName(appId), number.format(n))),
  );
  return {
    title: wording.plural('digest_title', held.length, number.format(minutes)),
    message: messages > held.length ? wording.plural('digest_withMessages', messages, perAppText) : perAppText,
    busiestAppId: ranked[0]?.[0] ?? null,
    held: held.length,
    messages,
  };
}

/** Where a digest sends the person: the busiest app's tab, or the weekly report. */
export type DigestTarget = { kind: 'app'; appId: string } | { kind: 'report' };

/** The digest's actions in button order: the busiest app first (when there is one), then the report. */
export function digestTargets(busiestAppId: string | null): DigestTarget[] {
  return [...(busiestAppId ? [{ kind: 'app' as const, appId: busiestAppId }] : []), { kind: 'report' }];
}

/**
 * What a click does. With buttons, each button does its own action and the body opens the report;
 * without buttons (Firefox) the body is the only thing to click, so it does what the first button
 * would have done.
 */
export function digestTargetOf(
  busiestAppId: string | null,
  choice: number | null,
  shownWithButtons: boolean,
): DigestTarget {
  const targets = digestTargets(busiestAppId);
  if (choice === null) return shownWithButtons ? { kind: 'report' } : targets[0]!;
  return targets[choice] ?? { kind: 'report' };
}
