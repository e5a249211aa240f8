/**
 * Keeps favicon badges off the tab during a block, with no frame of a badge ever reported.
 *
 * Measured in Chromium 156: a badge href undone within ~20 ms is never reported, one that stays 60 ms
 * is; a guard that undid the page's writes from a MutationObserver still let badge icons through
 * (favico.js in e2e/chromium/favicon-libraries.e2e.ts, 27 in 2,000 changes of bench/favicon-leaks.ts),
 * because the browser may already be fetching the badge when the undo arrives. So the guard owns what the
 * browser sees instead of undoing it: the page's writes of `href` (property or setAttribute) and
 * `rel` on <link> go through the guard, which keeps the page's value for the page (getters read it
 * back) and, while holding, puts only the plain icon in the attribute the browser reads. A
 * MutationObserver catches what bypasses the setters (parsed markup, Attr nodes, relList).
 *
 * Whether the page's icon shows a badge is judged from its pixels (utils/favicon-badge.ts), so a
 * library redrawing the plain icon as a new data: address raises no signal.
 */
import { isIconRel, JUDGE_SIZE, showsBadge } from '@/utils/favicon-badge';
import { type GuardContext, holding } from './context';

const ICON_LINKS = 'link[rel~="icon" i]';
/** Icon changes settle this long before the guard judges them (libraries animate in frames). */
const JUDGE_AFTER_MS = 80;

const elementProto = Element.prototype;
const nativeSet = elementProto.setAttribute;
const nativeGet = elementProto.getAttribute;
const nativeRemove = elementProto.removeAttribute;
const linkProto = HTMLLinkElement.prototype;
const hrefProp = Object.getOwnPropertyDescriptor(linkProto, 'href')!;
const relProp = Object.getOwnPropertyDescriptor(linkProto, 'rel')!;

function absolute(href: string): string {
  try {
    return new URL(href, document.baseURI).href;
  } catch {
    return href;
  }
}

/** The icon's pixels at the judging size, or null when it cannot be read (failed, or cross-origin). */
async function pixels(url: string): Promise<Uint8ClampedArray | null> {
  try {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = JUDGE_SIZE;
    const g = canvas.getContext('2d', { willReadFrequently: true })!;
    g.drawImage(img, 0, 0, JUDGE_SIZE, JUDGE_SIZE);
    return g.getImageData(0, 0, JUDGE_SIZE, JUDGE_SIZE).data;
  } catch {
    return null;
  }
}

export interface FaviconGuard {
  sync(): void;
}

export function installFaviconGuard(ctx: GuardContext): FaviconGuard {
  /** What the page set as each link's href (what it would show without the guard). */
  const wished = new WeakMap<Element, string>();
  /** What the guard last wrote: a different attribute means the page bypassed the setters. */
  const written = new WeakMap<Element, string>();
  /** The app's plain icon (absolute): the first icon the page declared. */
  let plain: string | null = null;
  /** The page's icon hrefs at the last sync. */
  let lastIcons = '';

  const isIcon = (link: Element) => isIconRel(nativeGet.call(link, 'rel'));

  /** Writes into the attribute what the browser may see for the page's `want`. */
  function render(link: Element, want: string): void {
    if (plain === null && isIcon(link)) plain = absolute(want);
    const show = holding(ctx) && plain !== null && isIcon(link) ? plain : want;
    written.set(link, show);
    if (nativeGet.call(link, 'href') !== show) nativeSet.call(link, 'href', show);
  }

  function setHref(link: Element, value: string): void {
    wished.set(link, value);
    render(link, value);
    if (isIcon(link)) changed();
  }

  function setRel(link: Element, rel: string): void {
    const want = wished.get(link) ?? nativeGet.call(link, 'href');
    // The plain icon goes in before the link becomes an icon, so a badge href is never an icon's.
    if (want !== null && holding(ctx) && plain !== null && isIconRel(rel)) {
      wished.set(link, want);
      written.set(link, plain);
      nativeSet.call(link, 'href', plain);
    }
    nativeSet.call(link, 'rel', rel);
    if (want !== null) setHref(link, want);
  }

  const isLink = (el: unknown): el is HTMLLinkElement => el instanceof HTMLLinkElement;
  // These (setAttribute, getAttribute, removeAttribute, and href/rel below) stay for the page's life:
  // the guard keeps the icon the page wished for (`wished`) all along, so a block can show the plain
  // icon from its first frame and give the page's latest one back after it; a badge Chromium fetched
  // stays on the tab, so undoing it afterwards would leak (entrypoints/guard/index.ts).
  elementProto.setAttribute = function (this: Element, name: string, value: string) {
    if (isLink(this)) {
      const key = String(name).toLowerCase();
      if (key === 'href') return setHref(this, String(value));
      if (key === 'rel') return setRel(this, String(value));
    }
    return nativeSet.call(this, name, value);
  };
  elementProto.getAttribute = function (this: Element, name: string) {
    if (isLink(this) && wished.has(this) && String(name).toLowerCase() === 'href') return wished.get(this)!;
    return nativeGet.call(this, name);
  };
  elementProto.removeAttribute = function (this: Element, name: string) {
    if (isLink(this) && String(name).toLowerCase() === 'href') wished.delete(this);
    return nativeRemove.call(this, name);
  };
  Object.defineProperty(linkProto, 'href', {
    ...hrefProp,
    get(this: HTMLLinkElement) {
      const want = wished.get(this);
      return want === undefined ? hrefProp.get!.call(this) : absolute(want);
    },
    set(this: HTMLLinkElement, value: unknown) {
      setHref(this, String(value));
    },
  });
  Object.defineProperty(linkProto, 'rel', {
    ...relProp,
    set(this: HTMLLinkElement, value: unknown) {
      setRel(this, String(value));
    },
  });

  const iconLinks = (): Element[] => Array.from(document.querySelectorAll(ICON_LINKS));

  /** Re-renders every icon link for the current mode, learning what bypassed the setters. */
  function sync(): void {
    let icons = '';
    for (const link of iconLinks()) {
      const attr = nativeGet.call(link, 'href');
      if (attr === null) continue;
      if (!wished.has(link) || attr !== written.get(link)) wished.set(link, attr);
      const want = wished.get(link)!;
      render(link, want);
      icons += `${want}\n`;
    }
    watch.takeRecords();
    // Links removed, added or learned: the page's icon may have changed.
    if (icons !== lastIcons) {
      lastIcons = icons;
      changed();
    }
  }

  // Judging: the page's icons are looked at once they settle; a signal is raised when they go
  // from showing no badge to showing one, however many addresses the page uses on the way.
  const verdicts = new Map<string, Promise<boolean>>();
  let plainPixels: Promise<Uint8ClampedArray | null> | null = null;
  let badged = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let round = 0;

  const judge = (url: string): Promise<boolean> => {
    if (url === plain) return Promise.resolve(false);
    let verdict = verdicts.get(url);
    if (!verdict) {
      if (!plainPixels && plain) plainPixels = pixels(plain);
      const base = plainPixels ?? Promise.resolve(null);
      verdict = Promise.all([base, pixels(url)]).then(([p, c]) => (p && c ? showsBadge(p, c) : true));
      if (verdicts.size > 200) verdicts.clear();
      verdicts.set(url, verdict);
    }
    return verdict;
  };

  function changed(): void {
    if (timer === undefined) timer = setTimeout(look, JUDGE_AFTER_MS);
  }

  async function look(): Promise<void> {
    timer = undefined;
    const mine = ++round;
    const held = holding(ctx);
    const urls = iconLinks()
      .map((link) => wished.get(link))
      .filter((u): u is string => u !== undefined)
      .map(absolute);
    const results = await Promise.all(urls.map(judge));
    if (mine !== round) return;
    const anyBadge = results.includes(true);
    if (anyBadge && !badged) ctx.emit({ kind: 'favicon', messages: 1, held });
    badged = anyBadge;
  }

  const watch = new MutationObserver(sync);
  const start = (): boolean => {
    if (!document.head) return false;
    watch.observe(document.head, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'rel'],
    });
    sync();
    return true;
  };
  if (!start()) {
    const waitForHead = new MutationObserver(() => {
      if (start()) waitForHead.disconnect();
    });
    waitForHead.observe(document.documentElement, { childList: true });
  }
  return { sync };
}
