/**
 * The one message protocol between contexts. Each message name maps to its payload and reply.
 * Events are past tense (`signalObserved`), queries and commands are verbs (`getStatus`).
 * Payloads are plain JSON; times are epoch ms.
 */
import { browser } from 'wxt/browser';
import type { GuardSignal } from './guard-protocol';
import type { FocusBlock, Interruption, ScheduleFile, ScheduleRule } from './model';
import type { Settings } from './settings';
import type { WorkdayFigures } from './workday';

/** Figures at work or in a block, with what the popup adds in words. */
export interface WorkFigures extends WorkdayFigures {
  breakthroughs: number;
  messagesHeld: number;
}

/** A failure the person can read, instead of a thrown error crossing contexts. */
export type Failure = { ok: false; error: string; retry?: boolean };
export type Done<T = object> = ({ ok: true } & T) | Failure;

/** What the popup needs to draw itself in one round trip. */
export interface FocusStatus {
  now: number;
  /** The running block, or null when idle. */
  block: Pick<FocusBlock, 'id' | 'start' | 'end' | 'origin' | 'strict'> | null;
  /** The next scheduled window after now (skips and pauses applied). */
  next: { start: number; end: number } | null;
  pausedUntil: number | null;
  /** Held items not yet opened or dismissed, newest first. */
  held: Interruption[];
  /**
   * The display name of each app in `held` (custom sites by the name the person gave them). The
   * background names them so the popup does not load the app catalog (utils/apps.ts).
   */
  appNames: Record<string, string>;
  /** Today at work so far (working hours minus away time), with focus time inside it. */
  today: WorkFigures;
  /** The running block's figures so far, over its own time (null when idle). */
  current: WorkFigures | null;
  /** Now is inside the person's working hours. */
  atWorkNow: boolean;
  workHours: { rules: ScheduleRule[]; confirmed: boolean };
  /** Nothing recorded yet and no schedule: the popup explains the product. */
  firstRun: boolean;
  strictEarlyEndsLeft: number;
  strictPhrase: string;
  /** The last storage failure, until the person dismisses it (`dismissWarning`). */
  storageError: string | null;
  /** Signals pages sent past the rate cap and were not counted, until the person dismisses it. */
  droppedSignals: number;
}

/** A warning the popup shows until the person closes it. */
export type Warning = 'storageError' | 'droppedSignals';

/** A signal observed by the guard in a page, as the relay forwards it (validated, text size-capped). */
export type ObservedSignal = GuardSignal;

export interface Protocol {
  /** A query: answering it changes nothing. */
  getStatus: { payload: undefined; reply: FocusStatus };
  /** The person closed a warning the status carried. */
  dismissWarning: { payload: { warning: Warning }; reply: Done };
  startBlock: { payload: { minutes: number }; reply: Done };
  extendBlock: { payload: { minutes: number }; reply: Done };
  endBlock: { payload: { phrase?: string }; reply: Done };
  skipNextBlock: { payload: undefined; reply: Done };
  pauseSchedule: { payload: { until: number | null }; reply: Done };
  openHeld: { payload: { id: string }; reply: Done };
  dismissHeld: { payload: { ids: string[] }; reply: Done };
  getSchedule: { payload: undefined; reply: ScheduleFile };
  /** `notice`: saved, but a running strict block keeps its end (utils/strict-policy.ts). */
  saveSchedule: { payload: { file: unknown }; reply: Done<{ notice?: string }> };
  getSettings: { payload: undefined; reply: Settings };
  /** The person confirms the working hours shown to them (the first run asks). */
  confirmWorkHours: { payload: undefined; reply: Done };
  saveSettings: { payload: { settings: unknown }; reply: Done };
  addCustomSite: { payload: { origin: string; name: string; grammar: string | null }; reply: Done };
  removeCustomSite: { payload: { origin: string }; reply: Done };
  /** From the relay. `batchId` makes a retried batch idempotent; `dropped` counts signals the rate cap refused. */
  signalObserved: {
    payload: { batchId: string; signals: ObservedSignal[]; dropped: number };
    reply: Done<{ recorded: number }>;
  };
  /** Deletes one finished block's record (a running block is refused); its interruptions stay. */
  deleteBlock: { payload: { id: string }; reply: Done };
  deleteAllData: { payload: undefined; reply: Done };
}

export type MessageName = keyof Protocol;
export type Message<K extends MessageName = MessageName> = { type: K; payload: Protocol[K]['payload'] };

/**
 * Sends a typed message to the background once and returns its typed reply. The relay uses it: it
 * keeps each batch until the background says it is stored, and resends it itself.
 */
export async function sendOnce<K extends MessageName>(
  type: K,
  ...payload: Protocol[K]['payload'] extends undefined ? [] : [Protocol[K]['payload']]
): Promise<Protocol[K]['reply']> {
  return (await browser.runtime.sendMessage({ type, payload: payload[0] })) as Protocol[K]['reply'];
}

/** How long an extension page waits before asking again a background that was not listening. */
export const NO_RECEIVER_RETRY_MS = 250;

/**
 * The browser found no listener for the message: it never reached the background, so sending it
 * again cannot apply it twice. Both browsers word it so (Firefox ESR 153 gave it once to an extension
 * page while its background was starting; see CHANGELOG.md).
 */
export function reachedNoReceiver(error: unknown): boolean {
  return error instanceof Error && /receiving end does not exist/i.test(error.message);
}

/**
 * Sends a typed message to the background and returns its typed reply. When the background was not
 * listening yet, it asks once more after a moment, as a person would click again.
 */
export async function send<K extends MessageName>(
  type: K,
  ...payload: Protocol[K]['payload'] extends undefined ? [] : [Protocol[K]['payload']]
): Promise<Protocol[K]['reply']> {
  try {
    return await sendOnce(type, ...payload);
  } catch (error) {
    if (!reachedNoReceiver(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, NO_RECEIVER_RETRY_MS));
    return sendOnce(type, ...payload);
  }
}
