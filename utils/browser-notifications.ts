/**
 * Every notification the extension raises goes through here, because browsers differ: Chromium shows
 * up to two buttons, Firefox rejects `buttons` outright ("Property "buttons" is unsupported by
 * Firefox") and supports only type, title, message and iconUrl. Where there are no buttons, a click on
 * the notification itself does what the first button would have done.
 */
import { browser } from 'wxt/browser';

/** What to show; `actions` are the buttons in order (at most two), each a label. */
export interface NotificationSpec {
  id: string;
  title: string;
  message: string;
  actions: string[];
}

/** What the person chose: a button by its index, or the notification's body (`null`). */
export type NotificationChoice = number | null;

/** Whether this build's browser accepts notification buttons (WXT sets FIREFOX at build time). */
export const BUTTONS_SUPPORTED: boolean = !import.meta.env.FIREFOX;

/** The options `notifications.create` takes, with only the fields the browser supports. */
export function notificationOptions(spec: NotificationSpec, withButtons: boolean) {
  return {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: spec.title,
    message: spec.message,
    ...(withButtons && spec.actions.length > 0
      ? { buttons: spec.actions.slice(0, 2).map((title) => ({ title })), priority: 0 }
      : {}),
  };
}

/**
 * Shows `spec`; resolves to how it was shown (`'buttons'`, `'plain'`) or `'failed'`, and never
 * throws: a notification that cannot be shown must not stop the caller releasing what a block held.
 * A browser that refuses buttons although this build expected them gets the plain form.
 */
export async function showNotification(
  spec: NotificationSpec,
  withButtons = BUTTONS_SUPPORTED,
): Promise<'buttons' | 'plain' | 'failed'> {
  if (withButtons && spec.actions.length > 0) {
    try {
      await browser.notifications.create(spec.id, notificationOptions(spec, true));
      return 'buttons';
    } catch (error) {
      console.warn('Heads Down: notification with buttons refused, showing it without', error);
    }
  }
  try {
    await browser.notifications.create(spec.id, notificationOptions(spec, false));
    return 'plain';
  } catch (error) {
    console.warn('Heads Down: notification could not be shown', error);
    return 'failed';
  }
}

/** Calls `listener` with the notification's id and what was clicked; the notification is then cleared. */
export function onNotificationChosen(listener: (id: string, choice: NotificationChoice) => Promise<void>): void {
  const handle = async (id: string, choice: NotificationChoice) => {
    try {
      await listener(id, choice);
    } finally {
      await browser.notifications.clear(id).catch(() => undefined);
    }
  };
  // Firefox has no buttons, so onButtonClicked never fires there; registering it is harmless.
  browser.notifications.onButtonClicked?.addListener((id, index) => void handle(id, index));
  browser.notifications.onClicked.addListener((id) => void handle(id, null));
}
