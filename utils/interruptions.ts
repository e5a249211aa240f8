/** From page signals to interruptions: incremental grouping, message counting, peeks. Pure. */
import type { Interruption, SignalKind } from './model';

/**
 * Largest pause between two signals of one interruption. In the traced apps one incoming message
 * fires its notification, title rise, favicon badge and sound within about 1–2 s of each other
 * (the e2e fixture apps do the same); 3 s covers that with room for a busy page's event loop, and is still far
 * shorter than the time anyone takes to type the next message, so separate messages stay separate
 * unless they really arrive as one burst.
 */
export const GROUP_GAP_MS = 3_000;

/**
 * Longest span of one interruption. Signals chain (each within GROUP_GAP_MS of the last), so a
 * fast, steady conversation (a bot, a busy channel) would otherwise be one endless interruption.
 * A minute is enough for one burst of pasted lines or a flurry of replies to land as one pull on
 * the person's attention; a flood that goes on longer counts once a minute, which still reads as
 * far above the 11-minute baseline.
 */
export const GROUP_MAX_MS = 60_000;

/**
 * Shortest time a watched tab must stay active during a block to count as a peek. Cycling through
 * tabs with Ctrl+Tab passes each one for a fraction of a second, which is not reading anything;
 * opening a chat to glance at it takes at least a couple of seconds.
 */
export const PEEK_MIN_MS = 2_000;

/**
 * Most messages one interruption stands for, and most of each tally count. A title count can jump
 * by up to 100,000 per signal (utils/signal-intake.ts) and rises add up, so without a ceiling two
 * big rises stored more than the history import accepts. The product saturates here and the import
 * (utils/history-file.ts) accepts up to here: one constant, so every record written can be imported.
 */
export const MAX_MESSAGES_PER_INTERRUPTION = 1_000_000;

/** Adds two counts without passing MAX_MESSAGES_PER_INTERRUPTION. */
const saturated = (a: number, b: number) => Math.min(MAX_MESSAGES_PER_INTERRUPTION, a + b);

/** One validated page signal, as the background hands it to grouping. */
export interface IncomingSignal {
  tabId: number | null;
  appId: string;
  kind: SignalKind;
  at: number;
  /** 1 for a notification, the rise for a title count, 1 otherwise (see ObservedSignal). */
  messages: number;
  breakthrough: boolean;
  /** The block running when it arrived; when given, a signal never joins a record of another block. */
  blockId?: string | null;
  /** Notification text, only when the person keeps text. */
  text?: { title: string; body: string } | null;
  /** Its block's digest is already out: a held record it lands in is released (utils/signal-judging.ts afterDigest). */
  releaseIfHeld?: boolean;
}

/** What the background knows when a signal starts a new interruption. */
export interface StartContext {
  id: string;
  /** The running block, or null outside focus (then the interruption is delivered). */
  blockId: string | null;
  offsetMin: number;
}

type Tally = NonNullable<Interruption['tally']>;

/** A count from an untrusted number: whole, finite, never negative (a falling count is a read). */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.min(MAX_MESSAGES_PER_INTERRUPTION, Math.floor(n)) : 0;
}

/**
 * Notifications and title rises describe the same messages, so they are compared, not added, and
 * the page's own evidence decides: each notification is one message, so where there are
 * notifications they are the count (a title jump of 1,200 with one notification is a mailbox
 * syncing, not 1,200 messages; WhatsApp's title counts chats, so three messages in one chat rise it
 * by one). Without notifications the title's rise is all there is. Favicon and sound signals only
 * prove that something arrived: favicons blink (Telegram K redraws its badge every second) and a
 * ringing call replays its sound, so summing them would invent messages.
 */
export function messagesOf(tally: Tally): number {
  return Math.min(MAX_MESSAGES_PER_INTERRUPTION, tally.notification > 0 ? tally.notification : Math.max(tally.rise, 1));
}

function tallyOf(signal: IncomingSignal): Tally {
  return {
    notification: signal.kind === 'notification' ? 1 : 0,
    rise: signal.kind === 'title' ? count(signal.messages) : 0,
  };
}

/** Records stored before `tally` existed: keep their message count as the floor. */
function tallyOfRecord(r: Interruption): Tally {
  return r.tally ?? { notification: r.signals.filter((k) => k === 'notification').length, rise: count(r.messages) };
}

/** A new interruption for a signal that no recent record absorbed. */
export function startInterruption(signal: IncomingSignal, ctx: StartContext): Interruption {
  const tally = tallyOf(signal);
  const kind = ctx.blockId === null ? 'delivered' : signal.breakthrough ? 'breakthrough' : 'held';
  return {
    id: ctx.id,
    at: signal.at,
    lastAt: signal.at,
    offsetMin: ctx.offsetMin,
    appId: signal.appId,
    tabId: signal.tabId,
    kind,
    messages: messagesOf(tally),
    signals: [signal.kind],
    blockId: ctx.blockId,
    text: signal.text ?? null,
    state: kind === 'held' ? 'pending' : 'released',
    tally,
  };
}

function belongs(recent: Interruption, signal: IncomingSignal): boolean {
  if (recent.kind === 'peek') return false;
  if (recent.tabId !== signal.tabId || recent.appId !== signal.appId) return false;
  if (signal.blockId !== undefined && signal.blockId !== recent.blockId) return false;
  // Once a held item was released, opened or dismissed the person has dealt with it.
  if (recent.kind === 'held' && recent.state !== 'pending') return false;
  // Signals may arrive slightly out of order (batched by the relay), so measure the distance to
  // the record's whole span, not only to its last signal.
  if (signal.at < recent.at - GROUP_GAP_MS || signal.at > recent.lastAt + GROUP_GAP_MS) return false;
  return Math.max(recent.lastAt, signal.at) - Math.min(recent.at, signal.at) <= GROUP_MAX_MS;
}

/** Whether `signal` belongs to `recent` (the latest interruption of the same tab), and the merged record if so. */
export function absorbSignal(
  recent: Interruption | undefined,
  signal: IncomingSignal,
): { merged: Interruption } | { startsNew: true } {
  if (!recent || !belongs(recent, signal)) return { startsNew: true };
  const before = tallyOfRecord(recent);
  const add = tallyOf(signal);
  const tally = {
    notification: saturated(before.notification, add.notification),
    rise: saturated(before.rise, add.rise),
  };
  // Breakthrough wins: the signals of one message come in any order (title rise first, then the
  // notification whose sender is a VIP), and once any of them was let through the message has
  // reached the person; counting it as held would hide an interruption that really happened.
  const breaks = recent.kind === 'held' && signal.breakthrough;
  const merged: Interruption = {
    ...recent,
    at: Math.min(recent.at, signal.at),
    lastAt: Math.max(recent.lastAt, signal.at),
    kind: breaks ? 'breakthrough' : recent.kind,
    state: breaks ? 'released' : recent.state,
    // Distinct kinds only: a flood of 1000 signals must not store 1000 entries; the tally counts.
    signals: recent.signals.includes(signal.kind) ? recent.signals : [...recent.signals, signal.kind],
    text: recent.text ?? signal.text ?? null,
    tally,
    // A record from before tallies were kept: what it already stood for is the floor.
    messages: Math.max(messagesOf(tally), recent.tally ? 0 : recent.messages),
  };
  return { merged };
}

/** The key signals of one tab are grouped under (by app when the tab is not known). */
export function tabKey(s: Pick<IncomingSignal, 'tabId' | 'appId'>): string {
  return s.tabId === null ? `app:${s.appId}` : `tab:${s.tabId}`;
}

/** What grouping a batch changed: records new or grown, and the latest record of each tab afterwards. */
export interface Grouped {
  /** New records and the given recent records that signals joined, in the order they were first touched. */
  changed: Interruption[];
  /** The record of each tab (tabKey) the next signal of that tab may join. */
  latestByTab: Map<string, Interruption>;
}

/**
 * Groups a batch of signals (any order: they are taken by time) into interruptions, joining them to
 * `recent` (the latest record of each tab from earlier batches) where they belong. The background
 * stores each batch through this (entrypoints/background/store-signals.ts).
 */
export function groupSignalsInto(
  recent: readonly Interruption[],
  signals: readonly IncomingSignal[],
  context: (signal: IncomingSignal, index: number) => StartContext,
): Grouped {
  const out: Interruption[] = [...recent];
  const touched = new Set<number>();
  const latest = new Map<string, number>(recent.map((r, i) => [tabKey(r), i]));
  const sorted = signals.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i);
  for (const { s } of sorted) {
    const key = tabKey(s);
    const at = latest.get(key);
    const result = absorbSignal(at === undefined ? undefined : out[at], s);
    const index = 'merged' in result ? at! : out.length;
    let record = 'merged' in result ? result.merged : startInterruption(s, context(s, out.length - recent.length));
    // Its block's digest is out: shown now instead, so it is not left waiting for a digest that never comes.
    if (s.releaseIfHeld && record.kind === 'held' && record.state === 'pending')
      record = { ...record, state: 'released' };
    out[index] = record;
    touched.add(index);
    latest.set(key, index);
  }
  return {
    changed: out.filter((_, i) => touched.has(i)),
    latestByTab: new Map([...latest].map(([key, i]) => [key, out[i]!])),
  };
}

/** Groups a batch of signals (any order) into interruptions, as the background does (groupSignalsInto). */
export function groupSignals(
  signals: IncomingSignal[],
  context: (signal: IncomingSignal, index: number) => StartContext = (s, i) => ({
    id: `i${i}`,
    blockId: s.blockId ?? null,
    offsetMin: 0,
  }),
): Interruption[] {
  return groupSignalsInto([], signals, context).changed;
}

/**
 * Whether a visit to a watched tab during a block counts as a peek: it stayed active at least
 * PEEK_MIN_MS. `leftAt` null means the person is still on it; then `now` decides, and without
 * `now` it counts (they have not left, so the glance is at least as long as it took to ask).
 */
export function isPeek(activatedAt: number, leftAt: number | null, now?: number): boolean {
  const end = leftAt ?? now;
  if (end === undefined) return true;
  return end - activatedAt >= PEEK_MIN_MS;
}

/** Whether a record still waits in the popup's held list (utils/records.ts listedHeld): never deleted by retention. */
export function stillListed(record: Pick<Interruption, 'kind' | 'state'>): boolean {
  return record.kind === 'held' && (record.state === 'pending' || record.state === 'released');
}

/**
 * The per-tab "latest interruption" map without entries no signal can join any more: the record is
 * gone, or its last signal is over GROUP_MAX_MS old (a record spans at most that, so a signal now
 * starts a new one anyway). Tabs come and go and the worker does not listen to them outside a block
 * (entrypoints/background/index.ts), so the map is pruned lazily instead of on tabs.onRemoved.
 */
export function pruneRecentByTab(
  recentByTab: Readonly<Record<string, string>>,
  lastAtOf: (id: string) => number | undefined,
  now: number,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [tab, id] of Object.entries(recentByTab)) {
    const lastAt = lastAtOf(id);
    if (lastAt !== undefined && lastAt >= now - GROUP_MAX_MS) kept[tab] = id;
  }
  return kept;
}
