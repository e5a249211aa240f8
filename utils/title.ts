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

function find(appId: string, title: string): { found: Found | null; plain: Plain } {
  const plain = stripBidi(title);
  return { found: grammarFor(appId)(plain.text), plain };
}

/**
 * The unread state a title shows for `appId` (unknown ids use a careful generic reader). A capped
 * count such as `99+` reads as the smallest number it can mean (100). `count` is null unless kind is 'count'.
 */
export function readUnread(appId: string, title: string): UnreadReading {
  const { found } = find(appId, title);
  if (!found) return NONE;
  return found.kind === 'count' ? { kind: 'count', count: found.count } : { kind: 'marker', count: null };
}

/**
 * The title with the count or marker and its separator removed, everything else byte-identical
 * (bidi marks outside the count stay). A title without one is returned unchanged.
 *
 * Returns '' when the indicator IS the whole title (Telegram `3 notifications`, Messenger/LinkedIn/
 * legacy Gmail blink frames such as `Alice messaged you`): there is no base title left to show, so
 * the caller substitutes the tab's last clean title.
 */
export function maskTitle(appId: string, title: string): string {
  const { found, plain } = find(appId, title);
  if (!found) return title;
  if (found.whole) return '';
  return cutSpans(title, plain, found.cuts);
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
