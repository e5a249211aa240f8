/**
 * Answers the message protocol (utils/messages.ts): each area's handlers live in their own file
 * (block-, held-, settings- and status-handlers.ts) and validate their payload first; this file
 * dispatches and turns failures into replies.
 */
import { type Browser, browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';
import { StorageError } from '@/utils/db';
import type { Message, MessageName } from '@/utils/messages';
import { blockHandlers } from './block-handlers';
import { fail, type Handler, type HandlersFor } from './handler-kit';
import { heldHandlers } from './held-handlers';
import { settingsHandlers } from './settings-handlers';
import { statusHandlers } from './status-handlers';
import { recordStorageError } from './warnings';

export const handlers: HandlersFor<MessageName> = {
  ...statusHandlers,
  ...blockHandlers,
  ...heldHandlers,
  ...settingsHandlers,
};

/**
 * The runtime.onMessage listener. Without the webextension polyfill, Chromium ignores a Promise a
 * listener returns (Firefox would take it as the reply); both browsers deliver what the listener
 * passes to `sendResponse` when it returns `true` to keep the channel open, so that is the one way.
 */
export function answerMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
): true {
  handleMessage(message, sender).then(sendResponse, (error: unknown) => {
    // handleMessage catches its handlers' errors; this is the last resort so the sender never waits.
    console.error('Heads Down: a message could not be answered', error);
    sendResponse({ ...fail(t('background_unexpectedError')), retry: true });
  });
  return true;
}

/** Dispatches one runtime message; unknown or malformed messages get a Failure, never a throw. */
export async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const m = message as Partial<Message> | null;
  if (!m || typeof m.type !== 'string' || !Object.hasOwn(handlers, m.type)) return fail('Unknown message.');
  // Pages of the extension may send anything; content scripts only report signals.
  if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/')) && m.type !== 'signalObserved')
    return fail('Not allowed from a web page.');
  try {
    const handler = handlers[m.type] as Handler<MessageName>;
    return await handler(m.payload as never, sender);
  } catch (error) {
    // Only a storage failure is worded for people (utils/db.ts); anything else is a browser API's
    // own message (e.g. a Firefox type error) and stays in the console, not in the popup.
    const worded = error instanceof StorageError;
    if (!worded) console.error(`Heads Down: ${m.type} failed`, error);
    const text = worded ? error.worded({ t }) : t('background_unexpectedError');
    if (worded) await recordStorageError(text).catch(() => undefined);
    // A refusal of the sender's message is a returned Failure above; anything thrown is the
    // extension's own trouble (storage, a database that will not open), so the relay keeps its batch
    // and tries again.
    return { ...fail(text), retry: true };
  }
}
