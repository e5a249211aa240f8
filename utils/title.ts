/**
 * Per-app reading of unread counts and markers in tab titles, and masking them away. Pure.
 * Grammars live in title-grammars.ts; real titles of each app are in tests/fixtures/corpus-titles.json.
 */
import { GRAMMARS, type Grammar, genericGrammar } from './title-grammars';
import { cutSpans, type Found, type Plain, stripBidi } from './title-text';

export interface UnreadReading {
  kind: 'count' | 'marker' | 'none';
  count: number | null;
}

const NONE: UnreadReading = { kind: 'none', count: null };

function grammarFor(appId: string): Grammar {
  // Object.hasOwn keeps ids such as `constructor` or `custom:https://x` on the generic reader.
  return Object.hasOwn(GRAMMARS, appId) ? GRAMMARS[appId]! : genericGrammar;
}

function find(grammar: Grammar, title: string): { found: Found | null; plain: Plain } {
  const plain = stripBidi(title);
  // No grammar reads anything in an empty title (tests/title.test.ts checks each), and the guard
  // reads one at document_start, before the page has a <title>: skipping it there keeps the
  // grammar's regexes from being built before the page's first real title needs them.
  return { found: plain.text ? grammar(plain.text) : null, plain };
}

/**
 * The unread state a title shows, read with `grammar`. A capped count such as `99+` reads as the
 * smallest number it can mean (100). `count` is null unless kind is 'count'. The guard calls this
 * with its app's grammar (so the other grammars stay out of its bundle); readUnread looks one up by app id.
 */
export function readUnreadBy(grammar: Grammar, title: string): UnreadReading {
  const { found } = find(grammar, title);
  if (!found) return NONE;
  return found.kind === 'count' ? { kind: 'count', count: found.count } : { kind: 'marker', count: null };
}

/** The unread state a title shows for `appId` (unknown ids use a careful generic reader): readUnreadBy. */
export function readUnread(appId: string, title: string): UnreadReading {
  return readUnreadBy(grammarFor(appId), title);
}

/**
 * The title with the count or marker and its separator removed, everything else byte-identical
 * (bidi marks outside the count stay). A title without one is returned unchanged.
 *
 * Returns '' when the indicator IS the whole title (Telegram `3 notifications`, Messenger/LinkedIn/
 * legacy Gmail blink frames such as `Alice messaged you`): there is no base title left to show, so
 * the caller substitutes the tab's last clean title.
 */
export function maskTitleBy(grammar: Grammar, title: string): string {
  const { found, plain } = find(grammar, title);
  if (!found) return title;
  if (found.whole) return '';
  return cutSpans(title, plain, found.cuts);
}

/** maskTitleBy with the grammar of `appId`. */
export function maskTitle(appId: string, title: string): string {
  return maskTitleBy(grammarFor(appId), title);
}

/**
 * Messages a title change stands for: how far unread rose from `previous` to `next` (0 if it did not rise).
 *
 * none→count n = n; count→higher count = the difference; none→marker = 1; marker→count n = n (at
 * least 1); a fall, count→marker, marker→marker or anything→none = 0. For apps whose title blinks
 * (Telegram, Messenger, LinkedIn: `WatchedApp.blinks`), the caller must pass as `previous` the last
 * reading that was not 'none', so each blink back to the base title does not look like a new
 * message; this function itself is a plain comparison and ignores `blinks`.
 */
export function unreadRise(previous: UnreadReading, next: UnreadReading, _blinks: boolean): number {
  if (next.kind === 'none') return 0;
  if (next.kind === 'marker') return previous.kind === 'none' ? 1 : 0;
  const n = next.count ?? 0;
  if (previous.kind === 'count') return Math.max(0, n - (previous.count ?? 0));
  if (previous.kind === 'marker') return Math.max(1, n);
  return n;
}

/**
 * How long after a page's guard starts the first unread count it shows is its starting point, not
 * an arrival. Apps show the count they already have once their data loads (Gmail and Proton fill
 * the title a second or more after the page), and that count was not sent to the person just now.
 * The cost: a page that loads with no count and gets its first message within this time shows it
 * only through the message's notification, favicon or sound, not through the title.
 */
export const COUNT_SETTLE_MS = 10_000;

/** What the guard remembers of a tab's unread readings. */
export interface UnreadTrack {
  previous: UnreadReading;
  /** When the guard began reading this page. */
  startedAt: number;
  /** The page's starting count is known: from here on, rises are arrivals. */
  settled: boolean;
}

export function startUnreadTrack(now: number): UnreadTrack {
  return { previous: NONE, startedAt: now, settled: false };
}

/**
 * The next reading of a page's title: how many messages it stands for, and what to remember.
 * The first count or marker the page shows within COUNT_SETTLE_MS of its start is its starting
 * point (0 messages). For apps whose title blinks, `previous` stays the last reading that was not
 * 'none', so each blink back to the base title is not a new message.
 */
export function trackUnread(
  track: UnreadTrack,
  reading: UnreadReading,
  now: number,
  blinks: boolean,
): { track: UnreadTrack; rise: number } {
  if (!track.settled) {
    const early = now - track.startedAt <= COUNT_SETTLE_MS;
    if (early && reading.kind === 'none') return { track, rise: 0 };
    if (early) return { track: { ...track, previous: reading, settled: true }, rise: 0 };
    track = { ...track, settled: true };
  }
  const rise = unreadRise(track.previous, reading, blinks);
  const previous = !blinks || reading.kind !== 'none' ? reading : track.previous;
  return { track: { ...track, previous }, rise };
}
