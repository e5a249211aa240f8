/** The real-browser test harness: import everything from here. */

export type { FixtureAppId } from '../fixtures/apps';
export { FIXTURE_APP_IDS, FIXTURE_APPS, HOSTED_APP_IDS } from '../fixtures/apps';
export { stopCustomSiteServer } from '../fixtures/server';
export { fixtureTitle } from '../fixtures/titles';
export type * from '../fixtures/types';
export { type AxeViolation, runAxe } from './axe';
export {
  type BrowserHandle,
  CHROMIUM_PATH,
  chromiumArgs,
  killBrowser,
  type LaunchOptions,
  launchBrowser,
  restartBrowser,
} from './browser';
export { controlPage } from './control';
export { type Evaluator, type FixtureHandle, fixture } from './driver';
export { type ExtensionPageName, listExtensionNotifications, openExtensionPage } from './extension';
export { type NetworkWatch, type RecordedRequest, watchNetwork } from './network';
export { browserPids } from './process';
export { appUrl, fixtureOrigins, installFixtureRoutes, openApp } from './routes';
export {
  serviceWorkerStatus,
  stopServiceWorker,
  type WorkerStatus,
  waitForServiceWorker,
  wakeServiceWorker,
} from './service-worker';
export { recordTabUpdates, type TabRecorder, type TabUpdate, tabIdOf } from './tabs';
