import { defineContentScript } from 'wxt/utils/define-content-script';
import { appById, appForUrl, WATCHED_MATCHES } from '@/utils/apps';
import type { GuardSignalMessage, GuardStateMessage } from '@/utils/guard-protocol';
import type { GuardContext } from './context';
import { installFaviconGuard } from './favicon-guard';
import { installNotificationGuard } from './notification-guard';
import { installSoundWatch } from './sound-watch';
import { installTitleGuard } from './title-guard';

/** If the relay never answers (extension updated or removed), stop holding after this long. */
const UNKNOWN_STATE_TIMEOUT_MS = 4000;

export default defineContentScript({
  matches: WATCHED_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const w = window as Window & { __headsDownGuard?: boolean };
    if (w.__headsDownGuard) return; // registered twice (custom site also in the catalog)
    w.__headsDownGuard = true;
    const appId = appForUrl(location.href) ?? `custom:${location.origin}`;
    const post = (message: GuardSignalMessage | { source: 'heads-down-guard'; type: 'hello' }) =>
      window.postMessage(message, location.origin === 'null' ? '*' : location.origin);
    const ctx: GuardContext = {
      appId,
      grammar: null,
      blinks: appById(appId)?.blinks ?? false,
      mode: 'unknown',
      rules: { keywords: [], vips: [] },
      emit: (signal) => post({ source: 'heads-down-guard', type: 'signal', signal: { ...signal, at: Date.now() } }),
    };
    const notifications = installNotificationGuard(ctx);
    installSoundWatch(ctx);
    const title = installTitleGuard(ctx);
    const favicon = installFaviconGuard(ctx);

    const apply = (state: Pick<GuardStateMessage, 'mode' | 'rules'> & { grammar?: string | null }) => {
      ctx.mode = state.mode;
      ctx.rules = state.rules;
      if (state.grammar !== undefined) ctx.grammar = state.grammar;
      if (ctx.mode !== 'hold') notifications.releaseUnknown();
      title.sync();
      favicon.sync();
    };
    window.addEventListener('message', (event) => {
      if (event.source !== window) return;
      const data = event.data as (Partial<GuardStateMessage> & { grammar?: unknown }) | null;
      if (data?.source !== 'heads-down-relay' || data.type !== 'state') return;
      if (data.mode !== 'hold' && data.mode !== 'pass' && data.mode !== 'off') return;
      const rules = data.rules;
      if (!rules || !Array.isArray(rules.keywords) || !Array.isArray(rules.vips)) return;
      apply({ mode: data.mode, rules, grammar: typeof data.grammar === 'string' ? data.grammar : null });
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') title.seen();
    });
    setTimeout(() => {
      if (ctx.mode === 'unknown') apply({ mode: 'pass', rules: ctx.rules });
    }, UNKNOWN_STATE_TIMEOUT_MS);
    post({ source: 'heads-down-guard', type: 'hello' });
  },
});
