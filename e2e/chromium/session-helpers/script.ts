/**
 * The scripted session of issue 5 and the numbers it must produce, worked out from the script alone
 * with the rules stated below (one message's signals are one interruption; a visit of 2 s or more
 * is a peek), never from the product's code.
 */
import type { FixtureAppId } from '../../harness';

export type Phase = 'before' | 'block' | 'after';

export type Step =
  | { do: 'message'; phase: Phase; app: FixtureAppId; from: string; text: string }
  | { do: 'burst'; phase: Phase; app: FixtureAppId; n: number; withinMs: number }
  | { do: 'peek'; phase: 'block'; app: FixtureAppId; stayMs: number }
  /** The person reads the app (count to 0, plain favicon): no interruption. */
  | { do: 'read'; phase: Phase; app: FixtureAppId };

/** The default breakthrough keywords (settings.breakthrough.keywords out of the box). */
export const KEYWORDS = ['urgent'];
/** The apps fire one message's signals within a second or two; the product groups within 3 s. */
export const GROUP_WINDOW_MS = 3_000;
/** A visit to a watched tab this long or longer counts as a peek (the product's documented rule). */
export const PEEK_MIN_MS = 2_000;

/** What a person sees in each app's tab: the display names the popup groups by. */
export const APP_NAMES: Partial<Record<FixtureAppId, string>> = {
  slack: 'Slack',
  gmail: 'Gmail',
  discord: 'Discord',
  teams: 'Microsoft Teams',
  whatsapp: 'WhatsApp',
};

const msg = (phase: Phase, app: FixtureAppId, from: string, text: string): Step => ({
  do: 'message',
  phase,
  app,
  from,
  text,
});

/**
 * Two messages before the block (read before it starts), the block's events, two messages after it.
 * Single messages in the block go to apps that play a sound (Gmail plays none) and whose favicon
 * changes with that message (Slack's and Discord's badge only appears once), so each fires all four
 * signals.
 */
export const SESSION: Step[] = [
  msg('before', 'slack', 'Ana', 'morning!'),
  msg('before', 'gmail', 'Billing', 'Your invoice is ready'),
  { do: 'read', phase: 'before', app: 'slack' },
  { do: 'read', phase: 'before', app: 'gmail' },
  msg('block', 'slack', 'Ana', 'can you review my PR?'),
  msg('block', 'discord', 'Bo', 'raid tonight?'),
  msg('block', 'teams', 'Jane Doe', 'quick call?'),
  msg('block', 'whatsapp', 'Mum', 'call me when you can'),
  { do: 'peek', phase: 'block', app: 'gmail', stayMs: 2_600 },
  { do: 'burst', phase: 'block', app: 'discord', n: 3, withinMs: 800 },
  msg('block', 'gmail', 'Ops', 'URGENT: the payment service is down'),
  msg('block', 'teams', 'Raj', 'notes from standup'),
  { do: 'peek', phase: 'block', app: 'slack', stayMs: 2_600 },
  msg('after', 'discord', 'Bo', 'you there?'),
  msg('after', 'slack', 'Ana', 'thanks for the review'),
];

export interface AppHeld {
  /** Held interruptions from the app. */
  items: number;
  /** Messages they stand for. */
  messages: number;
}

export interface Expected {
  reached: number;
  held: number;
  breakthroughs: number;
  peeks: number;
  messagesHeld: number;
  heldByApp: Partial<Record<FixtureAppId, AppHeld>>;
}

/** Whether a message carries a breakthrough keyword (case does not matter). */
export const isKeyword = (text: string) => KEYWORDS.some((k) => text.toLowerCase().includes(k.toLowerCase()));

/**
 * The figures the steps of `phases` must produce. Outside a block every message reaches the person;
 * inside, it is held unless it carries a keyword (then it breaks through); a burst within the grouping
 * window is one interruption of n messages; a visit counts as a peek when it lasts long enough.
 * The runner keeps separate steps on one tab further apart than the grouping window, so each step
 * here is its own interruption.
 */
export function expectedFrom(steps: Step[], phases: Phase[]): Expected {
  const out: Expected = { reached: 0, held: 0, breakthroughs: 0, peeks: 0, messagesHeld: 0, heldByApp: {} };
  const hold = (app: FixtureAppId, messages: number) => {
    out.held++;
    out.messagesHeld += messages;
    const group = out.heldByApp[app] ?? { items: 0, messages: 0 };
    out.heldByApp[app] = group;
    group.items++;
    group.messages += messages;
  };
  for (const step of steps) {
    if (!phases.includes(step.phase)) continue;
    const inBlock = step.phase === 'block';
    if (step.do === 'read') continue;
    if (step.do === 'peek') {
      if (step.stayMs >= PEEK_MIN_MS) out.peeks++;
    } else if (step.do === 'burst') {
      if (step.withinMs >= GROUP_WINDOW_MS) throw new Error('A burst this slow is not one interruption.');
      if (inBlock) hold(step.app, step.n);
      else out.reached++;
    } else if (!inBlock) {
      out.reached++;
    } else if (isKeyword(step.text)) {
      out.reached++;
      out.breakthroughs++;
    } else {
      hold(step.app, 1);
    }
  }
  return out;
}
