import { describe, expect, it } from 'vitest';
import {
  COUNT_SETTLE_MS,
  maskTitle,
  readUnread,
  startUnreadTrack,
  trackUnread,
  type UnreadReading,
  unreadRise,
} from '@/utils/title';
import { GRAMMARS, genericGrammar } from '@/utils/title-grammars';
import { accuracyByApp, loadCorpus } from './title-accuracy';

const corpus = loadCorpus();
const count = (n: number): UnreadReading => ({ kind: 'count', count: n });
const MARKER: UnreadReading = { kind: 'marker', count: null };
const NONE: UnreadReading = { kind: 'none', count: null };

/** True when `masked` is `title` with some pieces deleted and nothing added or reordered. */
function isDeletionOf(masked: string, title: string): boolean {
  let at = 0;
  for (const ch of masked) {
    at = title.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

describe('readUnread on the title corpus', () => {
  it('has rows to check', () => expect(corpus.length).toBeGreaterThan(50));

  it.each(corpus.map((r) => [r.app, r.title, r]))('%s: %s', (_app, _title, row) => {
    const expected = row.kind === 'count' ? count(row.unread!) : { kind: row.kind, count: null };
    expect(readUnread(row.app, row.title)).toEqual(expected);
  });

  it('logs accuracy per app', () => {
    const scores = accuracyByApp(corpus);
    console.table(scores);
    expect(scores.reduce((n, s) => n + s.rows, 0)).toBe(corpus.length);
  });
});

describe('maskTitle on the title corpus', () => {
  it.each(corpus.map((r) => [r.app, r.title, r]))('%s: %s', (_app, _title, row) => {
    const masked = maskTitle(row.app, row.title);
    if (row.kind === 'none') {
      expect(masked).toBe(row.title);
      return;
    }
    // '' means the indicator was the whole title (Telegram, blink frames); the caller shows the last clean title.
    expect(readUnread(row.app, masked)).toEqual(NONE);
    expect(isDeletionOf(masked, row.title)).toBe(true);
    if (masked !== '') {
      expect(masked).not.toMatch(/ {2}|^\s|\s$|^[-|–•]\s|\s[-|–•]$/);
      expect(masked.length).toBeLessThan(row.title.length);
    }
  });
});

// Cases written from each app's grammar (other languages, big numbers, traps), not from the corpus.
// Each: app, title, expected reading, expected masked title.
const N = (n: number) => count(n);
const CASES: [string, string, UnreadReading, string][] = [
  ['gmail', 'Posteingang (1.234) - max@example.de - Gmail', N(1234), 'Posteingang - max@example.de - Gmail'],
  ['gmail', 'Inbox (2\u202F345) - a@b.co - Gmail', N(2345), 'Inbox - a@b.co - Gmail'],
  ['gmail', 'Boîte de réception (1\u00A0002) - a@b.fr - Gmail', N(1002), 'Boîte de réception - a@b.fr - Gmail'],
  ['gmail', 'Inbox (9\u2009999) - a@b.co - Gmail', N(9999), 'Inbox - a@b.co - Gmail'],
  ['gmail', 'صندوق الوارد (٣) - a@b.co - Gmail', N(3), 'صندوق الوارد - a@b.co - Gmail'],
  ['gmail', '"Receipts" (4) - me@x.com - Gmail', N(4), '"Receipts" - me@x.com - Gmail'],
  ['gmail', 'Updates (7) - me@acme.com - Acme Corp Mail', N(7), 'Updates - me@acme.com - Acme Corp Mail'],
  ['gmail', '"Q3 (2024) report" - me@x.com - Gmail', NONE, '"Q3 (2024) report" - me@x.com - Gmail'],
  ['gmail', 'Re: Order [12] shipped - me@x.com - Gmail', NONE, 'Re: Order [12] shipped - me@x.com - Gmail'],
  ['gmail', 'Today (1:23) - me@x.com - Gmail', NONE, 'Today (1:23) - me@x.com - Gmail'],
  ['gmail', 'Call me at (555) 123-4567 - me@x.com - Gmail', NONE, 'Call me at (555) 123-4567 - me@x.com - Gmail'],
  ['gmail', 'Bob says...', MARKER, ''],
  // Other apps' blink phrases are theirs: Gmail's guard carries only its own (`says…`).
  ['gmail', 'Alice messaged you', NONE, 'Alice messaged you'],
  ['gmail', 'New message from Bob', NONE, 'New message from Bob'],
  ['gmail', 'Re: Invoice (2) - me@x.com - Gmail', NONE, 'Re: Invoice (2) - me@x.com - Gmail'],
  ['gmail', '受信トレイ（3） - me@x.jp - Gmail', N(3), '受信トレイ - me@x.jp - Gmail'],
  ['google-chat', '(14) Project X - Space - Google Chat', N(14), 'Project X - Space - Google Chat'],
  ['outlook', 'Calendar (2024) - Jane Doe - Outlook', NONE, 'Calendar (2024) - Jane Doe - Outlook'],
  ['teams', 'BN-iOS (OG - WASS SWAPP 3301) | Microsoft Teams', NONE, 'BN-iOS (OG - WASS SWAPP 3301) | Microsoft Teams'],
  ['teams', '(99+) Activity | Microsoft Teams', N(100), 'Activity | Microsoft Teams'],
  ['slack', 'random (Kanal) - Acme GmbH - Slack', NONE, 'random (Kanal) - Acme GmbH - Slack'],
  ['slack', 'random (Kanal) - Acme GmbH - 3 neue Elemente - Slack', N(3), 'random (Kanal) - Acme GmbH - Slack'],
  ['slack', 'dev (Channel) - Team 42 - Slack', NONE, 'dev (Channel) - Team 42 - Slack'],
  ['slack', 'general (Channel) - Acme - 1,024 new items - Slack', N(1024), 'general (Channel) - Acme - Slack'],
  ['slack', '* random (Channel) - Acme - Slack', MARKER, 'random (Channel) - Acme - Slack'],
  ['slack', '! Ana Lima (DM) - Acme - Slack', MARKER, 'Ana Lima (DM) - Acme - Slack'],
  ['slack', 'Slack | * design | 12 new items', N(12), 'Slack | design'],
  ['slack', 'general (チャンネル) - Acme - 3 件の新しいアイテム - Slack', N(3), 'general (チャンネル) - Acme - Slack'],
  ['slack', 'proj - alpha (Channel) - Team 5 - Slack', NONE, 'proj - alpha (Channel) - Team 5 - Slack'],
  ['discord', '(99+) Discord', N(100), 'Discord'],
  ['discord', '• Discord | #general | Crew (12)', MARKER, 'Discord | #general | Crew (12)'],
  ['discord', 'Discord | #general | Team (5)', NONE, 'Discord | #general | Team (5)'],
  ['whatsapp', '(120) WhatsApp', N(120), 'WhatsApp'],
  ['telegram-k', '42 уведомления', N(42), ''],
  ['telegram-k', '3 Benachrichtigungen', N(3), ''],
  ['telegram-k', '1\u00A0204 notificaciones', N(1204), ''],
  ['telegram-a', '(5) Sales Team', NONE, '(5) Sales Team'],
  ['telegram-a', '5 Guys', NONE, '5 Guys'],
  ['telegram-a', 'Sales › Q3 (2024)', NONE, 'Sales › Q3 (2024)'],
  ['telegram-a', '[T] 1 notification', N(1), ''],
  ['telegram-a', '[1] 12 notifications', N(12), ''],
  ['messenger', '(2) Messenger', N(2), 'Messenger'],
  ['messenger', '(1) Messenger | Facebook', N(1), 'Messenger | Facebook'],
  ['messenger', 'Bob sent you a message', MARKER, ''],
  ['messenger', 'Marie vous a envoyé un message', MARKER, ''],
  ['mattermost', '(12) * Town Square - Contributors Mattermost', N(12), 'Town Square - Contributors Mattermost'],
  ['mattermost', 'Off-Topic (2024) - Acme Mattermost', NONE, 'Off-Topic (2024) - Acme Mattermost'],
  ['rocketchat', '(•) My Company Chat', MARKER, 'My Company Chat'],
  ['rocketchat', '12 ungelesene Nachrichten - Acme Chat', N(12), 'Acme Chat'],
  ['rocketchat', 'general - 4 mensagens não lidas - Rocket.Chat', N(4), 'general - Rocket.Chat'],
  ['rocketchat', '[12] (3) general - Rocket.Chat', N(12), 'general - Rocket.Chat'],
  ['rocketchat', '읽지 않은 메시지 12개 - Rocket.Chat', N(12), 'Rocket.Chat'],
  ['rocketchat', '999+ unread messages', N(1000), ''],
  ['zulip', '(2,345) #design > logo (v2) - Acme - Zulip', N(2345), '#design > logo (v2) - Acme - Zulip'],
  ['zulip', '#general > (5) things - Acme - Zulip', NONE, '#general > (5) things - Acme - Zulip'],
  ['element', 'Element | [5] Standup', NONE, 'Element | [5] Standup'],
  ['element', 'Element [Hors ligne] [7] | Général', N(7), 'Element [Hors ligne] | Général'],
  ['element', 'Element Nightly * | Random', MARKER, 'Element Nightly | Random'],
  ['element', 'SchildiChat [1234] | Room', N(1234), 'SchildiChat | Room'],
  ['proton-mail', '(15) Archive | a@proton.me | Proton Mail', N(15), 'Archive | a@proton.me | Proton Mail'],
  ['fastmail', '12 • Inbox – Lunch on Friday? | Fastmail', N(12), 'Inbox – Lunch on Friday? | Fastmail'],
  ['fastmail', 'Inbox – Meeting (3) | Fastmail', NONE, 'Inbox – Meeting (3) | Fastmail'],
  ['yahoo-mail', '(5 non lus) - jean@yahoo.fr - Yahoo Mail', N(5), 'jean@yahoo.fr - Yahoo Mail'],
  ['yahoo-mail', '(2,001 unread) - x@yahoo.com - Yahoo Mail', N(2001), 'x@yahoo.com - Yahoo Mail'],
  ['linkedin', '(99+) Notifications | LinkedIn', N(100), 'Notifications | LinkedIn'],
  ['linkedin', 'Neue Nachricht von Max | LinkedIn', MARKER, ''],
  ['linkedin', 'Nova Silva | LinkedIn', NONE, 'Nova Silva | LinkedIn'],
  ['skype', '(4) Skype', N(4), 'Skype'],
  ['zoho-mail', '(3) Zoho Mail', N(3), 'Zoho Mail'],
  ['custom:https://x', '[4] Board', N(4), 'Board'],
  ['custom:https://x', '2 • Inbox', N(2), 'Inbox'],
  ['custom:https://x', 'Inbox (3 unread) - Foo', N(3), 'Inbox - Foo'],
  ['custom:https://x', '5 new items - Foo', N(5), 'Foo'],
  ['custom:https://x', '7 notifications', N(7), ''],
  ['custom:https://x', 'Foo | 9 unread messages', N(9), 'Foo'],
  ['custom:https://x', '• Foo', MARKER, 'Foo'],
  ['custom:https://x', 'Meeting (2024) notes', NONE, 'Meeting (2024) notes'],
  ['custom:https://x', 'Report (12)', NONE, 'Report (12)'],
  ['custom:https://x', '(555) 123-4567 - Contacts', NONE, '(555) 123-4567 - Contacts'],
  ['constructor', '(3) Foo', N(3), 'Foo'],
];

describe('per-app grammar cases', () => {
  it.each(CASES)('%s: %s', (app, title, reading, masked) => {
    expect(readUnread(app, title)).toEqual(reading);
    expect(maskTitle(app, title)).toBe(masked);
    expect(readUnread(app, masked)).toEqual(NONE);
  });
});

describe('empty titles', () => {
  // utils/title.ts skips the grammar for an empty title (the guard reads one before the page has a
  // <title>); that is only right while no grammar finds anything there.
  it.each(Object.entries({ ...GRAMMARS, generic: genericGrammar }))(
    '%s reads nothing in an empty title',
    (_, grammar) => {
      expect(grammar('')).toBeNull();
    },
  );
  it('reads and masks an empty or marks-only title as nothing', () => {
    expect(readUnread('gmail', '')).toEqual(NONE);
    expect(maskTitle('gmail', '\u200F')).toBe('\u200F');
  });
});

describe('bidi marks', () => {
  const rlm = '\u200F';
  it('reads through marks and leaves them in place when masking', () => {
    const title = `דואר נכנס${rlm} (3)${rlm} - a@b.co - Gmail`;
    expect(readUnread('gmail', title)).toEqual(N(3));
    expect(maskTitle('gmail', title)).toBe(`דואר נכנס${rlm}${rlm} - a@b.co - Gmail`);
  });
  it('ignores isolates around a leading count', () => {
    const title = '\u2068(6)\u2069 Chat | Ana | Microsoft Teams';
    expect(readUnread('teams', title)).toEqual(N(6));
    expect(maskTitle('teams', title)).toBe('\u2068\u2069Chat | Ana | Microsoft Teams');
  });
});

describe('unreadRise', () => {
  it.each([
    [count(3), count(5), 2],
    [count(5), count(3), 0],
    [count(5), count(5), 0],
    [NONE, count(4), 4],
    [NONE, MARKER, 1],
    [MARKER, count(6), 6],
    [MARKER, count(0), 1],
    [count(2), MARKER, 0],
    [MARKER, MARKER, 0],
    [count(2), NONE, 0],
  ] as const)('%o -> %o = %d', (prev, next, rise) => {
    expect(unreadRise(prev, next, false)).toBe(rise);
    expect(unreadRise(prev, next, true)).toBe(rise);
  });
});

describe('trackUnread: counts start where the page starts', () => {
  const none: UnreadReading = { kind: 'none', count: null };
  const count = (n: number): UnreadReading => ({ kind: 'count', count: n });
  const marker: UnreadReading = { kind: 'marker', count: null };
  /** Feeds readings at the given ms after the guard started; returns the rises. */
  const feed = (steps: Array<[number, UnreadReading]>, blinks = false) => {
    let track = startUnreadTrack(0);
    return steps.map(([at, reading]) => {
      const next = trackUnread(track, reading, at, blinks);
      track = next.track;
      return next.rise;
    });
  };

  it.each<[string, Array<[number, UnreadReading]>, number[]]>([
    [
      'a count in the HTML is the starting point',
      [
        [0, count(1234)],
        [5000, count(1235)],
      ],
      [0, 1],
    ],
    [
      'a count set by script a moment after load is the starting point',
      [
        [0, none],
        [1500, count(1234)],
        [20_000, count(1236)],
      ],
      [0, 0, 2],
    ],
    [
      'a marker at load is the starting point',
      [
        [0, marker],
        [3000, count(2)],
      ],
      [0, 2],
    ],
    [
      'after the page settled with no count, the first count is new',
      [
        [0, none],
        [COUNT_SETTLE_MS + 1, count(1)],
      ],
      [0, 1],
    ],
    [
      'a fall and a rise again count only the rise',
      [
        [0, count(5)],
        [20_000, count(2)],
        [30_000, count(4)],
      ],
      [0, 0, 2],
    ],
    [
      'reading to zero and a new message',
      [
        [0, count(3)],
        [20_000, none],
        [30_000, count(1)],
      ],
      [0, 0, 1],
    ],
  ])('%s', (_name, steps, rises) => {
    expect(feed(steps)).toEqual(rises);
  });

  it('a blinking title keeps its last count through the blink', () => {
    const blink = feed(
      [
        [0, none],
        [COUNT_SETTLE_MS + 1, count(1)],
        [COUNT_SETTLE_MS + 1000, none],
        [COUNT_SETTLE_MS + 2000, count(1)],
        [COUNT_SETTLE_MS + 3000, count(2)],
      ],
      true,
    );
    expect(blink).toEqual([0, 1, 0, 0, 1]);
  });
});
