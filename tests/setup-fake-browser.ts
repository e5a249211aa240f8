/**
 * WXT's fakeBrowser has no idle API: the background sets the detection interval on every settings
 * save, so give it an in-memory one that records the last value (tests may read it).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const idleState = { detectionIntervalSeconds: 60 };
fakeBrowser.idle.setDetectionInterval = (seconds: number) => {
  idleState.detectionIntervalSeconds = seconds;
};
