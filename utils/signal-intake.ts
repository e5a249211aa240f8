/**
 * What is accepted from a page. Page messages are untrusted: the background checks the shape and
 * sizes of every signal (entrypoints/background/held-handlers.ts), and the relay caps the rate per
 * tab with a token bucket. Pure (the clock is passed in).
 */
import { type GuardSignal, TEXT_LIMIT } from './guard-protocol';

const KINDS = new Set(['notification', 'title', 'favicon', 'sound']);
/** A title count can jump by a lot (a mailbox syncing), but not by more than any real inbox holds. */
const MAX_MESSAGES_PER_SIGNAL = 100_000;

/** A valid signal from raw page data, or null. The page's own timestamp is not trusted. */
export function acceptSignal(raw: unknown, now: number): GuardSignal | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) return null;
  const messages = s.messages;
  if (typeof messages !== 'number' || !Number.isInteger(messages) || messages < 1 || messages > MAX_MESSAGES_PER_SIGNAL)
    return null;
  if (s.title !== undefined && typeof s.title !== 'string') return null;
  if (s.body !== undefined && typeof s.body !== 'string') return null;
  if (s.held !== undefined && typeof s.held !== 'boolean') return null;
  const signal: GuardSignal = { kind: s.kind as GuardSignal['kind'], at: now, messages };
  if (s.held !== undefined) signal.held = s.held === true;
  if (s.kind === 'notification') {
    signal.title = ((s.title as string | undefined) ?? '').slice(0, TEXT_LIMIT.title);
    signal.body = ((s.body as string | undefined) ?? '').slice(0, TEXT_LIMIT.body);
  }
  return signal;
}

/**
 * Token bucket: `burst` signals at once, refilled at `perSecond`. Returns whether one more signal may
 * pass at `now` (taking its token); a closure rather than a class, as the relay that uses it loads
 * on every watched page (issue 12).
 */
export function signalBudget(burst: number, perSecond: number, now: number): (now: number) => boolean {
  let tokens = burst;
  let last = now;
  return (at) => {
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens--;
    return true;
  };
}
