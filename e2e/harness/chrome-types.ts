/**
 * The few `chrome.*` shapes the harness calls inside extension pages. The project has no `chrome`
 * type package (it uses `wxt/browser`), and page.evaluate bodies run in the browser anyway.
 */
export interface TabChange {
  title?: string;
  favIconUrl?: string;
  audible?: boolean;
  mutedInfo?: { muted: boolean; reason?: string; extensionId?: string };
  url?: string;
  status?: string;
}

export interface TabLike {
  id?: number;
  url?: string;
  title?: string;
}

export interface ChromeLike {
  tabs: {
    onUpdated: {
      addListener(fn: (tabId: number, change: TabChange) => void): void;
      removeListener(fn: (tabId: number, change: TabChange) => void): void;
    };
    query(q: object): Promise<TabLike[]>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}

/** `globalThis` inside an extension page or the extension's service worker. */
export type ExtensionGlobal = typeof globalThis & { chrome: ChromeLike } & Record<string, unknown>;
