/**
 * The protocol between the MAIN-world guard and the isolated-world relay.
 *
 * They talk through events on a private, detached element (the link), never through window messages
 * (which every script of the page can read and forge). The relay hands the link to the guard in a
 * synchronous DOM-event handshake while both run at document_start, before any script of the page
 * exists:
 * - the guard listens on `document` for LINK_EVENT, then dispatches READY_EVENT;
 * - the relay attaches the link for a moment and dispatches LINK_EVENT on it (it bubbles to
 *   `document`, so the guard gets the link as the event's target and takes it by cancelling the
 *   event), right away and once more when it hears READY_EVENT, until the guard has taken it.
 * Chromium and Firefox run document_start content scripts of both worlds in declaration order
 * before the page's own scripts (w3c/webextensions#872), and DOM events dispatch synchronously, so
 * the handshake is over before any page listener can exist; either order works. Events on the link
 * are synchronous too: a signal is with the relay before the page's call returns, so a tab closed
 * right after it loses nothing. Event details are JSON strings, which cross worlds unchanged.
 * Nothing of the person's (breakthrough rules, names) ever crosses it: the background judges.
 */

/** How the guard treats its page: hold (a block runs), pass (observe only), off (app switched off). */
export type GuardMode = 'hold' | 'pass' | 'off';

/** Dispatched on `document` by the guard once it listens for the link. */
export const READY_EVENT = 'heads-down:guard-ready';
/** Dispatched by the relay on the link while it is attached for a moment; the guard cancels it to take it. */
export const LINK_EVENT = 'heads-down:link';
/**
 * Guard → relay on the link, once, as the guard takes it: `detail` is the page's app id (a catalog
 * id or `custom:<origin>`), so the relay needs no app catalog of its own.
 */
export const HELLO_EVENT = 'heads-down:hello';
/** Relay → guard on the link: `detail` is a JSON GuardStateMessage (the event's name says what it is). */
export const STATE_EVENT = 'heads-down:state';
/** Guard → relay on the link: `detail` is one JSON GuardSignal (the event's name says what it is). */
export const SIGNAL_EVENT = 'heads-down:signal';

/** Relay → guard. */
export interface GuardStateMessage {
  mode: GuardMode;
  /** The title grammar for a custom site (a catalog app's own id otherwise), or null. */
  grammar: string | null;
  /** While holding: the block's end, when the guard stops holding by itself (timers lag in background tabs). */
  holdUntil: number | null;
}

/** One observation in a page, guard → relay. */
export interface GuardSignal {
  kind: 'notification' | 'title' | 'favicon' | 'sound';
  at: number;
  messages: number;
  title?: string;
  body?: string;
  /** The guard held it (its mode was 'hold' when the page raised it): only the extension may show it now. */
  held?: boolean;
}

export const TEXT_LIMIT = { title: 200, body: 500 } as const;
