/**
 * Keeps unread counts out of the tab strip without the page noticing.
 *
 * Chromium reports every change of the document's title element to the browser synchronously
 * (measured: two writes in one task both reach tabs.onUpdated), so masking after the fact always
 * leaks a frame. Instead the guard owns the document's title: a decoy <title> placed before <head>
 * is the first title element in tree order, so it alone is what the tab shows. The page's own
 * <title> stays in <head> and keeps the real text; `document.title` and the decoy's text accessors
 * read and write the page's element, so the app's code sees its real title.
 */
import { maskTitleBy, readUnreadBy, startUnreadTrack, trackUnread } from '@/utils/title';
import { type GuardContext, holding } from './context';

const nodeText = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
const textData = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;

function collapse(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

export interface TitleGuard {
  /** Re-renders the shown title for the current mode. */
  sync(): void;
  /** The person looked at the tab: a blinking app's next count starts afresh. */
  seen(): void;
}

export function installTitleGuard(ctx: GuardContext): TitleGuard {
  const doc = document;
  const decoy = doc.createElement('title');
  // The decoy's text changes in place: replacing its child would show the tab an empty title
  // (the page's address) for a moment.
  const decoyText = doc.createTextNode('');
  decoy.appendChild(decoyText);
  /** What the decoy shows; it starts empty, as a page without a <title> shows in the tab. */
  let shown = '';
  let lastReal: string | null = null;
  let cleanTitle = '';
  // The count the page shows as it loads is where it starts, not new messages (utils/title.ts).
  let unread = startUnreadTrack(Date.now());
  /** The masked form of the last real title, so unrelated <head> mutations do not re-parse it. */
  let maskedFor: string | null = null;
  let maskedText = '';

  const titles = doc.getElementsByTagName('title'); // live: no query per mutation
  const pageTitleElement = (): HTMLTitleElement | null => {
    for (let i = 0; i < titles.length; i++) if (titles[i] !== decoy) return titles[i] as HTMLTitleElement;
    return null;
  };
  const realTitle = (): string => {
    const el = pageTitleElement();
    return el ? collapse(nodeText.get!.call(el) ?? '') : '';
  };
  const setRealTitle = (value: unknown): void => {
    let el = pageTitleElement();
    if (!el) {
      el = doc.createElement('title');
      (doc.head ?? doc.documentElement)?.appendChild(el);
    }
    nodeText.set!.call(el, String(value));
    sync();
  };

  const observe = (real: string): void => {
    if (real === lastReal) return;
    lastReal = real;
    const reading = readUnreadBy(ctx.grammar, real);
    if (reading.kind === 'none') {
      if (real) cleanTitle = real;
      maskedFor = null; // the masked form of whole-title counts shows the clean title
    }
    const next = trackUnread(unread, reading, Date.now(), ctx.blinks);
    unread = next.track;
    let rise = next.rise;
    // A custom site with no grammar: a title moving away from its base title is the signal.
    if (ctx.baseTitle?.(real, reading) != null && rise === 0) rise = 1;
    if (rise > 0) ctx.emit({ kind: 'title', messages: rise });
  };

  const masked = (real: string): string => {
    const base = ctx.baseTitle?.(real, readUnreadBy(ctx.grammar, real));
    if (base != null) return base;
    // No title yet (document_start): show none either, as the page would. Naming the app here
    // cost the first title write of the page's load (~2 ms on the Gmail fixture, measured with
    // performance marks), and an empty title carries no count.
    if (!real && !cleanTitle) return '';
    const text = maskTitleBy(ctx.grammar, real);
    // Whole-title forms ("3 notifications") leave nothing: show the last clean title instead.
    return text || cleanTitle || ctx.appName;
  };

  const maskedOf = (real: string): string => {
    if (real !== maskedFor) {
      maskedFor = real;
      maskedText = masked(real);
    }
    return maskedText;
  };

  function ensureDecoy(): void {
    const root = doc.documentElement;
    if (root && decoy.parentNode !== root) root.insertBefore(decoy, root.firstChild);
  }

  function sync(): void {
    ensureDecoy();
    const real = realTitle();
    observe(real);
    const next = holding(ctx) ? maskedOf(real) : real;
    if (next !== shown) {
      shown = next;
      if (decoyText.parentNode !== decoy) Node.prototype.appendChild.call(decoy, decoyText);
      textData.set!.call(decoyText, next);
    }
  }

  const define = (target: object, names: string[], how: PropertyDescriptor) => {
    for (const name of names) Object.defineProperty(target, name, { configurable: true, ...how });
  };
  const text = { get: realTitle, set: setRealTitle };
  // The page reaches its title through document.title, or finds the decoy first with
  // querySelector('title'): both lead to the page's own element.
  define(doc, ['title'], text);
  define(decoy, ['textContent', 'text', 'innerText', 'innerHTML'], text);
  // Its text node too: Teams-style code edits `title.firstChild.nodeValue` in place.
  define(decoyText, ['data', 'nodeValue', 'textContent', 'wholeText'], text);
  const own = (target: object, name: string, value: (...args: never[]) => unknown) => define(target, [name], { value });
  /** The page title's text with `n` units at `at` replaced by `data`: the one edit behind every CharacterData call. */
  const splice = (at: number, n: number, data = '') => {
    const t = realTitle();
    setRealTitle(t.slice(0, at) + data + t.slice(Number(at) + Number(n)));
  };
  own(decoyText, 'appendData', (data: string) => splice(1 / 0, 0, data));
  own(decoyText, 'insertData', (at: number, data: string) => splice(at, 0, data));
  own(decoyText, 'deleteData', (at: number, n: number) => splice(at, n));
  own(decoyText, 'replaceData', splice);
  // Children handed to the decoy become the page title's text.
  const textOf = (nodes: Array<Node | string>) =>
    nodes.map((n) => (typeof n === 'string' ? n : (n.textContent ?? ''))).join('');
  own(decoy, 'appendChild', (node: Node) => {
    splice(1 / 0, 0, textOf([node]));
    return node;
  });
  own(decoy, 'append', (...nodes: Array<Node | string>) => splice(1 / 0, 0, textOf(nodes)));
  own(decoy, 'prepend', (...nodes: Array<Node | string>) => splice(0, 0, textOf(nodes)));
  own(decoy, 'replaceChildren', (...nodes: Array<Node | string>) => setRealTitle(textOf(nodes)));
  const adoptInPlaceOfDecoy = (nodes: Node[]): void => {
    const el = pageTitleElement();
    if (el) el.replaceWith(...nodes);
    else (doc.head ?? doc.documentElement)?.append(...nodes);
    sync();
  };
  own(decoy, 'replaceWith', (...nodes: Node[]) => adoptInPlaceOfDecoy(nodes));
  own(decoy, 'remove', () => adoptInPlaceOfDecoy([]));
  redirectParentCalls(decoy, pageTitleElement, sync);

  ensureDecoy();
  const watch = new MutationObserver(sync);
  const watchHead = (): void => {
    if (doc.head) watch.observe(doc.head, { childList: true, subtree: true, characterData: true });
  };
  new MutationObserver(() => {
    watchHead();
    sync();
  }).observe(doc.documentElement, { childList: true });
  watchHead();
  sync();

  return {
    sync,
    seen() {
      if (ctx.blinks) unread = { ...unread, previous: readUnreadBy(ctx.grammar, realTitle()) };
    },
  };
}

/**
 * Apps that swap their <title> element (Teams) call parent.replaceChild/removeChild/insertBefore
 * with the title they found, which may be the decoy: apply those calls to the page's element.
 * These stay as long as the decoy does, which is the page's life: the decoy is what the browser
 * reads the tab's title from, in and out of blocks (Chromium reports every title write at once, so
 * the decoy must already be in place when a block starts, and the title rises outside one are
 * reported as delivered). Each patched call costs one comparison when the node is not the decoy.
 */
function redirectParentCalls(
  decoy: HTMLTitleElement,
  pageTitle: () => HTMLTitleElement | null,
  sync: () => void,
): void {
  const proto = Node.prototype;
  const { replaceChild, removeChild, insertBefore } = proto;
  proto.replaceChild = function <T extends Node>(this: Node, node: Node, child: T): T {
    if (child !== (decoy as Node)) return replaceChild.call(this, node, child) as T;
    const own = pageTitle();
    if (own?.parentNode) replaceChild.call(own.parentNode, node, own);
    else document.head?.appendChild(node);
    sync();
    return child;
  };
  proto.removeChild = function <T extends Node>(this: Node, child: T): T {
    if (child !== (decoy as Node)) return removeChild.call(this, child) as T;
    const own = pageTitle();
    if (own?.parentNode) removeChild.call(own.parentNode, own);
    sync();
    return child;
  };
  proto.insertBefore = function <T extends Node>(this: Node, node: T, ref: Node | null): T {
    if (ref !== decoy || this === decoy.parentNode) return insertBefore.call(this, node, ref) as T;
    const own = pageTitle();
    insertBefore.call(own?.parentNode ?? this, node, own ?? null);
    sync();
    return node;
  };
}
