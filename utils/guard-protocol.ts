/**
 * The window.postMessage protocol between the MAIN-world guard and the isolated-world relay.
 * Pages can read and forge these messages, so the relay validates everything it receives.
 */

/** How the guard treats its page: hold (a block runs), pass (observe only), off (app switched off). */
export type GuardMode = 'hold' | 'pass' | 'off';

export interface GuardRules {
  keywords: string[];
  vips: string[];
}

/** Relay → guard. */
export interface GuardStateMessage {
  source: 'heads-down-relay';
  type: 'state';
  mode: GuardMode;
  rules: GuardRules;
}

/** One observation in a page, guard → relay. */
export interface GuardSignal {
  kind: 'notification' | 'title' | 'favicon' | 'sound';
  at: number;
  messages: number;
  title?: string;
  body?: string;
  breakthrough?: boolean;
}

export interface GuardSignalMessage {
  source: 'heads-down-guard';
  type: 'signal';
  signal: GuardSignal;
}

/** Guard → relay at start-up: asks for the current state. */
export interface GuardHelloMessage {
  source: 'heads-down-guard';
  type: 'hello';
}

export const TEXT_LIMIT = { title: 200, body: 500 } as const;
