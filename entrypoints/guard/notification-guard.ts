/**
 * Holds page notifications during a block. Only a MAIN-world replacement of window.Notification at
 * document_start reaches them (the page calls its own world's Notification, so an isolated-world patch
 * does nothing). The page always gets a working object back: a held one keeps its title, body and
 * handlers, and close() works; Notification.permission is untouched.
 * During a block every notification is held: whether one breaks through is the background's call
 * (the person's rules never enter the page), and the extension then shows it itself.
 */
import { TEXT_LIMIT } from '@/utils/guard-protocol';
import { type GuardContext, modeNow } from './context';

/** Messenger passes React elements as title and body: read anything as text, never throw. */
function text(value: unknown, limit: number): string {
  try {
    return (typeof value === 'string' ? value : value == null ? '' : String(value)).slice(0, limit);
  } catch {
    return '';
  }
}

const HANDLER_EVENTS = ['click', 'close', 'show', 'error'] as const;

export interface NotificationGuard {
  /** The mode became known: what waited for it is reported, and shown for real unless held. */
  settle(): void;
}

export function installNotificationGuard(ctx: GuardContext): NotificationGuard {
  const Native = window.Notification;
  /** Attempts made before the guard knew whether a block runs. */
  const pending: Array<{ title: string; body: string; show: () => void }> = [];

  const report = (title: string, body: string, held: boolean) =>
    ctx.emit({ kind: 'notification', messages: 1, title, body, held });

  /** Reports the attempt; true when the page must not show it (now, or until the mode is known). */
  const judge = (title: string, body: string, show: () => void): boolean => {
    const mode = modeNow(ctx);
    if (mode === 'off') return false;
    if (mode === 'unknown') {
      pending.push({ title, body, show });
      return true;
    }
    report(title, body, mode === 'hold');
    return mode === 'hold';
  };

  if (typeof Native === 'function') {
    class HeldNotification extends EventTarget {
      onclick: ((ev: Event) => unknown) | null = null;
      onclose: ((ev: Event) => unknown) | null = null;
      onshow: ((ev: Event) => unknown) | null = null;
      onerror: ((ev: Event) => unknown) | null = null;
      // Declared only: the constructor sets each (a class field would add a second write per field).
      declare readonly title: string;
      declare readonly body: string;
      declare readonly tag: string;
      declare readonly icon: string;
      declare readonly badge: string;
      declare readonly image: string;
      declare readonly dir: NotificationDirection;
      declare readonly lang: string;
      declare readonly data: unknown;
      declare readonly silent: boolean | null;
      declare readonly requireInteraction: boolean;
      declare readonly renotify: boolean;
      declare readonly timestamp: number;
      declare readonly actions: readonly unknown[];
      declare readonly vibrate: readonly number[];
      #closed = false;
      #real: Notification | null = null;

      constructor(title: unknown, options: NotificationOptions & Record<string, unknown> = {}) {
        super();
        const opts = options ?? {};
        const self = this as unknown as Record<string, unknown>;
        self.title = text(title, 10_000);
        for (const key of ['body', 'tag', 'icon', 'badge', 'image'])
          self[key] = text(opts[key], key === 'tag' ? 1_000 : 10_000);
        this.dir = (opts.dir as NotificationDirection) ?? 'auto';
        this.lang = text(opts.lang, 100);
        this.data = opts.data ?? null;
        this.silent = (opts.silent as boolean | undefined) ?? null;
        this.requireInteraction = Boolean(opts.requireInteraction);
        this.renotify = Boolean(opts.renotify);
        this.timestamp = typeof opts.timestamp === 'number' ? opts.timestamp : Date.now();
        this.actions = Array.isArray(opts.actions) ? opts.actions : [];
        this.vibrate = Array.isArray(opts.vibrate) ? opts.vibrate : [];
        for (const type of HANDLER_EVENTS) {
          this.addEventListener(type, (event) => this[`on${type}`]?.call(this, event));
        }
        const held = judge(text(title, TEXT_LIMIT.title), text(opts.body, TEXT_LIMIT.body), () =>
          this.#show(title, opts),
        );
        if (!held) this.#show(title, opts);
      }

      #show(title: unknown, options: NotificationOptions): void {
        if (this.#closed) return;
        try {
          const real = new Native(title as string, options);
          this.#real = real;
          for (const type of HANDLER_EVENTS) real.addEventListener(type, () => this.dispatchEvent(new Event(type)));
        } catch {
          queueMicrotask(() => this.dispatchEvent(new Event('error')));
        }
      }

      close(): void {
        if (this.#real) {
          this.#real.close();
          return;
        }
        if (this.#closed) return;
        this.#closed = true;
        queueMicrotask(() => this.dispatchEvent(new Event('close')));
      }

      static get permission(): NotificationPermission {
        return Native.permission;
      }
      static requestPermission(callback?: NotificationPermissionCallback): Promise<NotificationPermission> {
        return Native.requestPermission(callback);
      }
      static get maxActions(): number {
        return (Native as unknown as { maxActions?: number }).maxActions ?? 2;
      }
    }
    Object.defineProperty(HeldNotification, 'name', { value: 'Notification' });
    // Stays for the page's life: a page that keeps `window.Notification` from its first script would
    // bypass a replacement installed later, and outside a block the notifications shown are still
    // reported as delivered (entrypoints/guard/index.ts says why the guard never tears down).
    Object.defineProperty(window, 'Notification', { configurable: true, writable: true, value: HeldNotification });
  }

  const Registration = window.ServiceWorkerRegistration;
  if (Registration?.prototype.showNotification) {
    // Stays for the page's life, like window.Notification above: a registration's notifications are
    // held from a block's first frame and reported outside one (entrypoints/guard/index.ts).
    const nativeShow = Registration.prototype.showNotification;
    Registration.prototype.showNotification = function (
      this: ServiceWorkerRegistration,
      title: string,
      options?: NotificationOptions,
    ) {
      const held = judge(text(title, TEXT_LIMIT.title), text(options?.body, TEXT_LIMIT.body), () => {
        void nativeShow.call(this, title, options);
      });
      return held ? Promise.resolve() : nativeShow.call(this, title, options);
    };
  }

  return {
    settle() {
      const mode = modeNow(ctx);
      if (mode === 'unknown') return;
      for (const attempt of pending.splice(0)) {
        if (mode !== 'off') report(attempt.title, attempt.body, mode === 'hold');
        if (mode !== 'hold') attempt.show();
      }
    },
  };
}
