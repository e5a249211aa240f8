import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { appById, appForUrl } from '@/utils/apps';
import {
  type GuardMode,
  type GuardSignalMessage,
  HELLO_EVENT,
  LINK_EVENT,
  READY_EVENT,
  SIGNAL_EVENT,
  STATE_EVENT,
} from '@/utils/guard-protocol';
import { installAppBadgeGuard } from './app-badge-guard';
import { type GuardContext, holding } from './context';
import { installFaviconGuard } from './favicon-guard';
import { installNotificationGuard } from './notification-guard';
import { installSoundWatch } from './sound-watch';
import { installTitleGuard } from './title-guard';

/** If the relay never answers (extension updated or removed), stop holding after this long. */
const UNKNOWN_STATE_TIMEOUT_MS = 4000;
/** Signals kept while the relay's link has not arrived (it normally arrives before any page script). */
const MAX_WAITING = 500;
const MODES: ReadonlySet<unknown> = new Set<GuardMode>(['hold', 'pass', 'off']);

// MAIN world at document_start, in same-origin frames too (about:blank and srcdoc ones can notify
// and play sounds), beside the relay (entrypoints/relay.ts): declared by utils/watched-scripts.ts.
export default defineUnlistedScript({
  main() {
    const w = window as Window & { __headsDownGuard?: boolean };
    if (w.__headsDownGuard) return; // registered twice (custom site also in the catalog)
    w.__headsDownGuard = true;
    // Captured before any page script runs: a page that patches them later learns nothing of the link.
    const apply = Reflect.apply;
    const dispatch = EventTarget.prototype.dispatchEvent;
    const Custom = CustomEvent;
    const stringify = JSON.stringify;
    const parse = JSON.parse;
    let link: EventTarget | null = null;
    const waiting: string[] = [];
    const post = (message: GuardSignalMessage) => {
      const detail = stringify(message);
      if (link) apply(dispatch, link, [new Custom(SIGNAL_EVENT, { detail })]);
      else if (waiting.length < MAX_WAITING) waiting.push(detail);
    };
    const topFrame = window === window.top;
    const appId = appForUrl(frameAppUrl()) ?? `custom:${location.origin}`;
    const ctx: GuardContext = {
      appId,
      grammar: null,
      blinks: appById(appId)?.blinks ?? false,
      mode: 'unknown',
      holdUntil: null,
      emit: (signal) =>
        post({ type: 'signal', signal: { ...signal, held: signal.held ?? holding(ctx), at: Date.now() } }),
    };
    // Every patch below stays for the page's life, in all modes. Why, in short (each patch says its own):
    // - Outside a block ('pass') the guard still reports what reaches the person: the background
    //   records it as delivered (utils/signal-judging.ts), the interruptions the workday figures count.
    // - A block may start at any moment (an alarm, a click in the popup; the relay tells the guard as
    //   soon as storage says so, entrypoints/relay.ts), and it must hold from its first frame.
    // - Only a patch in place before any page script runs reaches what the page captures at load
    //   (`const N = window.Notification`, a bound `play`): removed and put back later, the page's
    //   captured native would slip past it. Only 'off' (the app switched off) needs nothing, and the
    //   patches then pass straight through; the person can switch the app on again at any moment.
    const notifications = installNotificationGuard(ctx);
    installSoundWatch(ctx);
    const appBadge = installAppBadgeGuard(ctx);
    // Title and icon are the tab's: only the top frame's count.
    const title = topFrame ? installTitleGuard(ctx) : null;
    const favicon = topFrame ? installFaviconGuard(ctx) : null;

    let endTimer: ReturnType<typeof setTimeout> | undefined;
    const render = () => {
      notifications.settle();
      appBadge.sync();
      title?.sync();
      favicon?.sync();
    };
    const applyState = (mode: GuardMode, grammar: string | null, holdUntil: number | null) => {
      ctx.mode = mode;
      ctx.grammar = grammar;
      ctx.holdUntil = holdUntil;
      render();
      clearTimeout(endTimer);
      if (mode === 'hold' && holdUntil !== null && holdUntil > Date.now())
        endTimer = setTimeout(render, Math.min(holdUntil - Date.now(), 2 ** 31 - 1));
    };
    const onState = (event: Event) => {
      let data: { type?: unknown; mode?: unknown; grammar?: unknown; holdUntil?: unknown } | null = null;
      try {
        data = parse(String((event as CustomEvent).detail));
      } catch {
        return;
      }
      if (data?.type !== 'state' || !MODES.has(data.mode)) return;
      applyState(
        data.mode as GuardMode,
        typeof data.grammar === 'string' ? data.grammar : null,
        typeof data.holdUntil === 'number' ? data.holdUntil : null,
      );
    };
    const onLink = (event: Event) => {
      if (link || !event.target) return;
      event.preventDefault(); // tells the relay the link is taken
      link = event.target;
      document.removeEventListener(LINK_EVENT, onLink);
      apply(dispatch, link, [new Custom(HELLO_EVENT, { detail: appId })]);
      link.addEventListener(STATE_EVENT, onState);
      for (const detail of waiting.splice(0)) apply(dispatch, link, [new Custom(SIGNAL_EVENT, { detail })]);
    };
    document.addEventListener(LINK_EVENT, onLink);
    // If the relay ran first it is waiting for this; if it runs later it hands the link over itself
    // as it starts. Both happen before any script of the page exists, and only the first link counts.
    document.dispatchEvent(new Event(READY_EVENT));

    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') title?.seen();
    });
    setTimeout(() => {
      if (ctx.mode === 'unknown') applyState('pass', null, null);
    }, UNKNOWN_STATE_TIMEOUT_MS);
  },
});

/** The address that tells which app a frame belongs to: an about:blank or srcdoc frame has none of its own. */
function frameAppUrl(): string {
  try {
    return window.top?.location.href ?? location.href;
  } catch {
    return location.href; // a cross-origin top: the frame's own address
  }
}
