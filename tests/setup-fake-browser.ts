/**
 * WXT's fakeBrowser has no idle API: the background sets the detection interval on every settings
 * save, so give it an in-memory one that records the last value (tests may read it).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, messagesOf } from './locale-messages';

export const idleState = { detectionIntervalSeconds: 60 };
fakeBrowser.idle.setDetectionInterval = (seconds: number) => {
  idleState.detectionIntervalSeconds = seconds;
};

// The background words its replies with utils/browser-i18n: give the fake browser the English messages.
const english = messagesOf('en');
fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
  getMessage(
    english,
    name,
    subs === undefined ? [] : ([] as string[]).concat(subs),
  )) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
