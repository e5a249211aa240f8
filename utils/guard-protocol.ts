/**
 * The protocol between the MAIN-world guard and the isolated-world relay.
 *
 * They talk over a private MessageChannel, never over window messages (which every script of the
 * page can read and forge). The relay hands one port to the guard through a synchronous DOM event
 * handshake while both run at document_start, before any script of the page exists:
 * - the guard listens for PORT_EVENT, then dispatches READY_EVENT;
 * - the relay, once, dispatches PORT_EVENT (a MessageEvent carrying the port) right away and again
 *   when it hears READY_EVENT, whichever comes first after the guard listens.
 * Chromium and Firefox run document_start content scripts of both worlds in declaration order
 * before the page's own scripts (w3c/webextensions#872), and DOM events dispatch synchronously, so
 * the handshake is complete before any page listener can exist; either order works.
 * Nothing of the person's (breakthrough rules, names) ever crosses it: the background judges.
 */

/** How the guard treats its page: hold (a block runs), pass (observe only), off (app switched off). */
export type GuardMode = 'hold' | 'pass' | 'off';

/** Dispatched on `document` by the guard once it listens for the port. */
export const READY_EVENT = 'heads-down:guard-ready';
/** Dispatched on `document` by the relay: a MessageEvent whose `ports[0]` is the guard's end. */
export const PORT_EVENT = 'heads-down:relay-port';

/** Relay → guard, over the port. */
export interface GuardStateMessage {
  type: 'state';
  mode: GuardMode;
  /** The title grammar for a custom site (a catalog app's own id otherwise), or null. */
  grammar: string | null;
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

/** Guard → relay, over the port. */
export interface GuardSignalMessage {
  type: 'signal';
  signal: GuardSignal;
}

export const TEXT_LIMIT = { title: 200, body: 500 } as const;
