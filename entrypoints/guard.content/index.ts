import { defineContentScript } from 'wxt/utils/define-content-script';
import { appById, appForUrl, WATCHED_MATCHES } from '@/utils/apps';
import {
  type GuardMode,
  type GuardSignal,
  type GuardSignalMessage,
  PORT_EVENT,
  READY_EVENT,
} from '@/utils/guard-protocol';
import type { GuardContext } from './context';
import { installFaviconGuard } from './favicon-guard';
import { installNotificationGuard } from './notification-guard';
import { installSoundWatch } from './sound-watch';
import { installTitleGuard } from './title-guard';

/** If the relay never answers (extension updated or removed), stop holding after this long. */
const UNKNOWN_STATE_TIMEOUT_MS = 4000;
/** Signals kept while the relay's port has not arrived (it normally arrives before any page script). */
const MAX_WAITING = 500;
const MODES: ReadonlySet<unknown> = new Set<GuardMode>(['hold', 'pass', 'off']);

export default defineContentScript({
  matches: WATCHED_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const w = window as Window & { __headsDownGuard?: boolean };
    if (w.__headsDownGuard) return; // registered twice (custom site also in the catalog)
    w.__headsDownGuard = true;
    // Captured before any page script runs: a page that later patches them cannot reach the port.
    const apply = Reflect.apply;
    const portPost = MessagePort.prototype.postMessage;
    let port: MessagePort | null = null;
    const waiting: GuardSignalMessage[] = [];
    const post = (message: GuardSignalMessage) => {
      if (port) apply(portPost, port, [message]);
      else if (waiting.length < MAX_WAITING) waiting.push(message);
    };
    const appId = appForUrl(location.href) ?? `custom:${location.origin}`;
    const ctx: GuardContext = {
      appId,
      grammar: null,
      blinks: appById(appId)?.blinks ?? false,
      mode: 'unknown',
      emit: (signal) => {
        const full: GuardSignal = { ...signal, held: signal.held ?? ctx.mode === 'hold', at: Date.now() };
        post({ type: 'signal', signal: full });
      },
    };
    const notifications = installNotificationGuard(ctx);
    installSoundWatch(ctx);
    const title = installTitleGuard(ctx);
    const favicon = installFaviconGuard(ctx);

    const applyState = (mode: GuardMode, grammar?: string | null) => {
      ctx.mode = mode;
      if (grammar !== undefined) ctx.grammar = grammar;
      notifications.settle();
      title.sync();
      favicon.sync();
    };
    const onState = (event: MessageEvent) => {
      // Only what really came through the port: a page holding the port object could dispatch events on it.
      if (!event.isTrusted) return;
      const data = event.data as { type?: unknown; mode?: unknown; grammar?: unknown } | null;
      if (data?.type !== 'state' || !MODES.has(data.mode)) return;
      applyState(data.mode as GuardMode, typeof data.grammar === 'string' ? data.grammar : null);
    };
    const onPort = (event: Event) => {
      const received = (event as MessageEvent).ports?.[0];
      if (port || !received) return;
      port = received;
      document.removeEventListener(PORT_EVENT, onPort);
      port.onmessage = onState;
      for (const message of waiting.splice(0)) post(message);
    };
    document.addEventListener(PORT_EVENT, onPort);
    // If the relay ran first it is waiting for this; if it runs later it hands the port over itself
    // as it starts. Both happen before any script of the page exists, and only the first port counts.
    document.dispatchEvent(new Event(READY_EVENT));

    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') title.seen();
    });
    setTimeout(() => {
      if (ctx.mode === 'unknown') applyState('pass');
    }, UNKNOWN_STATE_TIMEOUT_MS);
  },
});
