/**
 * Keeps favicon badges off the tab during a block. Apps swap the href (Slack, Gmail's count URL),
 * replace the <link> (Telegram K's replaceWith) or remove it and append a new one (Element), so
 * every icon link under <head> is watched. Chromium applies favicon changes lazily (measured: a badge
 * reverted in a microtask or even a 0 ms timer never reaches tabs.onUpdated), so a MutationObserver
 * is fast enough here, unlike for titles.
 */
import { type GuardContext, holding } from './context';

const ICON_LINKS = 'link[rel~="icon" i]';
const setAttr = Element.prototype.setAttribute;
const getAttr = Element.prototype.getAttribute;

function absolute(href: string): string {
  try {
    return new URL(href, document.baseURI).href;
  } catch {
    return href;
  }
}

export interface FaviconGuard {
  sync(): void;
}

export function installFaviconGuard(ctx: GuardContext): FaviconGuard {
  /** The app's plain icon: the first icon the page declared. */
  let plain: string | null = null;
  /** The href the page gave each icon link (what it would show without the guard). */
  const real = new Map<HTMLLinkElement, string>();
  let badged = false;

  const links = (): HTMLLinkElement[] =>
    document.head ? Array.from(document.head.querySelectorAll<HTMLLinkElement>(ICON_LINKS)) : [];

  /** Records what the page itself set: every record reaching here is the page's (the guard's own writes are taken back). */
  function learn(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof HTMLLinkElement) real.delete(record.target);
    }
  }

  function sync(records: MutationRecord[] = []): void {
    learn(records);
    const current = links();
    for (const link of real.keys()) if (!current.includes(link)) real.delete(link);
    let anyBadge = false;
    for (const link of current) {
      const attr = getAttr.call(link, 'href');
      if (attr === null) continue;
      if (!real.has(link)) real.set(link, absolute(attr));
      const wanted = real.get(link)!;
      plain ??= wanted;
      if (wanted !== plain) anyBadge = true;
      const show = holding(ctx) ? plain : wanted;
      if (absolute(attr) !== show) setAttr.call(link, 'href', show);
    }
    watch.takeRecords();
    if (anyBadge && !badged && ctx.mode !== 'off') ctx.emit({ kind: 'favicon', messages: 1 });
    badged = anyBadge;
  }

  const watch = new MutationObserver((records) => sync(records));
  const start = (): boolean => {
    if (!document.head) return false;
    watch.observe(document.head, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'rel'],
    });
    sync([]);
    return true;
  };
  if (!start()) {
    const waitForHead = new MutationObserver(() => {
      if (start()) waitForHead.disconnect();
    });
    waitForHead.observe(document.documentElement, { childList: true });
  }
  return { sync: () => sync([]) };
}
