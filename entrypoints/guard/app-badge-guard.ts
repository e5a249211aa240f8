/**
 * Holds the app's icon badge (`navigator.setAppBadge`: installed PWAs such as Slack, Teams and
 * Telegram show their unread count on the app icon) during a block, and puts the page's latest
 * badge back after it. The page is always answered as if its call worked.
 */
import { type GuardContext, holding } from './context';

type BadgeNavigator = Navigator & {
  setAppBadge?: (contents?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
};

export interface AppBadgeGuard {
  /** The mode changed: clear the badge for a block, or show the page's latest one after it. */
  sync(): void;
}

export function installAppBadgeGuard(ctx: GuardContext): AppBadgeGuard {
  const proto = Navigator.prototype as BadgeNavigator;
  const nativeSet = proto.setAppBadge;
  const nativeClear = proto.clearAppBadge;
  if (typeof nativeSet !== 'function' || typeof nativeClear !== 'function') return { sync() {} };
  /** The badge the page asked for last (`null`: none; `undefined`: a flag without a count). */
  let wanted: number | undefined | null = null;
  /** The badge on the app icon now, as far as this page set it. */
  let shown: number | undefined | null = null;

  const apply = (): Promise<void> => {
    const next = holding(ctx) ? null : wanted;
    if (next === shown) return Promise.resolve();
    shown = next;
    return next === null ? nativeClear.call(navigator) : nativeSet.call(navigator, next);
  };
  const quietly = (p: Promise<void>) => p.catch(() => undefined);

  // Stays for the page's life: the badge the page asks for before and between blocks is what `sync`
  // puts back when a block ends, so the guard must have seen every call, not only those in a block;
  // and a block may start at any moment (entrypoints/guard/index.ts).
  proto.setAppBadge = function (this: Navigator, contents?: number) {
    // Validated by the browser's own method when shown; a count of 0 means no badge.
    wanted = contents === 0 ? null : contents;
    return holding(ctx) ? Promise.resolve() : apply();
  };
  proto.clearAppBadge = function (this: Navigator) {
    wanted = null;
    return holding(ctx) ? Promise.resolve() : apply();
  };
  return { sync: () => void quietly(apply()) };
}
