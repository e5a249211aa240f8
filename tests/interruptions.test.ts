import { describe, expect, it } from 'vitest';
import {
  absorbSignal,
  GROUP_GAP_MS,
  GROUP_MAX_MS,
  groupSignals,
  type IncomingSignal,
  isPeek,
  messagesOf,
  PEEK_MIN_MS,
  startInterruption,
} from '@/utils/interruptions';
import type { Interruption, SignalKind } from '@/utils/model';

const T = Date.UTC(2026, 0, 6, 10, 0);

function sig(at: number, kind: SignalKind, extra: Partial<IncomingSignal> = {}): IncomingSignal {
  return { tabId: 1, appId: 'slack', kind, at: T + at, messages: 1, breakthrough: false, blockId: 'b1', ...extra };
}

/** One incoming message as the traced apps fire it: notification, title +1, favicon, sound within ~1 s. */
function message(at: number, extra: Partial<IncomingSignal> = {}): IncomingSignal[] {
  return [
    sig(at, 'notification', extra),
    sig(at + 150, 'title', extra),
    sig(at + 400, 'favicon', extra),
    sig(at + 900, 'sound', extra),
  ];
}

describe('groupSignals: how many interruptions and messages', () => {
  const cases: Array<[string, IncomingSignal[], number[]]> = [
    ['one message with every kind of signal', message(0), [1]],
    ['a title count jumping 2 → 5', [sig(0, 'title', { messages: 3 })], [3]],
    ['a notification and the title rise it caused', [sig(0, 'title'), sig(300, 'notification')], [1]],
    [
      'a burst of 3 messages within one second',
      [0, 300, 600].flatMap((t) => [sig(t, 'notification'), sig(t + 50, 'title'), sig(t + 90, 'sound')]),
      [3],
    ],
    ['a favicon blinking every second adds no messages', [0, 1000, 2000, 3000].map((t) => sig(t, 'favicon')), [1]],
    ['a count that falls (the person read) is not a message', [sig(0, 'title', { messages: -2 })], [1]],
    ['two messages 10 s apart', [...message(0), ...message(10_000)], [1, 1]],
    ['signals exactly one gap apart chain', [sig(0, 'title'), sig(GROUP_GAP_MS, 'title')], [2]],
    ['signals one gap + 1 ms apart split', [sig(0, 'title'), sig(GROUP_GAP_MS + 1, 'title')], [1, 1]],
    [
      'two tabs at the same instant never merge',
      [sig(0, 'notification'), sig(0, 'notification', { tabId: 2 })],
      [1, 1],
    ],
    ['different blocks never merge', [sig(0, 'title'), sig(500, 'title', { blockId: 'b2' })], [1, 1]],
    ['signals given out of order', [sig(800, 'title'), sig(0, 'notification'), sig(400, 'notification')], [2]],
  ];
  it.each(cases)('%s', (_name, signals, expected) => {
    expect(groupSignals(signals).map((r) => r.messages)).toEqual(expected);
  });

  it('1000 signals within one second: messages equal the notifications sent', () => {
    const flood = Array.from({ length: 1000 }, (_, i) => sig(i, 'notification'));
    const out = groupSignals(flood);
    expect(out).toHaveLength(1);
    expect(out[0]!.messages).toBe(1000);
    expect(out[0]!.signals).toEqual(['notification']);
  });

  it('1000 signals = 250 messages × 4 kinds within one second count 250 messages', () => {
    const kinds: SignalKind[] = ['notification', 'title', 'favicon', 'sound'];
    const flood = Array.from({ length: 1000 }, (_, i) => sig(i, kinds[i % 4]!));
    const out = groupSignals(flood);
    expect(out).toHaveLength(1);
    expect(out[0]!.messages).toBe(250);
    expect(out[0]!.tally).toEqual({ notification: 250, rise: 250 });
  });

  it('a steady conversation is cut into interruptions no longer than GROUP_MAX_MS', () => {
    const every = 2000;
    const n = 150; // one message every 2 s for 5 minutes
    const out = groupSignals(Array.from({ length: n }, (_, i) => sig(i * every, 'title')));
    const perGroup = Math.floor(GROUP_MAX_MS / every) + 1; // signals fitting in one capped span
    expect(out).toHaveLength(Math.ceil(n / perGroup));
    expect(out.reduce((s, r) => s + r.messages, 0)).toBe(n);
    for (const r of out) expect(r.lastAt - r.at).toBeLessThanOrEqual(GROUP_MAX_MS);
  });
});

describe('kinds', () => {
  it('outside a block an interruption is delivered, inside held', () => {
    expect(groupSignals([sig(0, 'title', { blockId: null })])[0]!.kind).toBe('delivered');
    const held = groupSignals([sig(0, 'title')])[0]!;
    expect([held.kind, held.state]).toEqual(['held', 'pending']);
  });

  it('a held interruption merged with a breakthrough signal becomes a breakthrough', () => {
    const [r] = groupSignals([sig(0, 'title'), sig(500, 'notification', { breakthrough: true })]);
    expect([r!.kind, r!.state, r!.messages]).toEqual(['breakthrough', 'released', 1]);
  });

  it('a breakthrough stays one when the title rise follows', () => {
    const [r] = groupSignals([sig(0, 'notification', { breakthrough: true }), sig(200, 'title')]);
    expect(r!.kind).toBe('breakthrough');
  });

  it('keeps the first notification text', () => {
    const a = { title: 'Ann', body: 'hi' };
    const [r] = groupSignals([
      sig(0, 'title'),
      sig(100, 'notification', { text: a }),
      sig(200, 'notification', { text: { title: 'B', body: 'x' } }),
    ]);
    expect(r!.text).toEqual(a);
  });
});

describe('absorbSignal', () => {
  const held = startInterruption(sig(0, 'notification'), { id: 'x', blockId: 'b1', offsetMin: 60 });

  it('merges a close signal and keeps id, offset and block; its notification is the message count', () => {
    const r = absorbSignal(held, sig(1000, 'title', { messages: 2 }));
    expect('merged' in r && r.merged).toMatchObject({
      id: 'x',
      offsetMin: 60,
      blockId: 'b1',
      at: T,
      lastAt: T + 1000,
      // One notification: the title's jump of 2 is not evidence of a second message.
      messages: 1,
    });
  });

  it.each([
    ['a title jump of 1,200 with one notification is one message', { notification: 1, rise: 1200 }, 1],
    ['three notifications in one chat (title counts chats) are three', { notification: 3, rise: 1 }, 3],
    ['a title rise with no notification is all the evidence there is', { notification: 0, rise: 4 }, 4],
    ['a favicon or sound alone is one', { notification: 0, rise: 0 }, 1],
  ])('%s', (_name, tally, messages) => {
    expect(messagesOf(tally)).toBe(messages);
  });

  it('a slightly earlier signal moves the start back', () => {
    const r = absorbSignal(held, sig(-1000, 'title'));
    expect('merged' in r && r.merged.at).toBe(T - 1000);
  });

  it.each<[string, Interruption | undefined, IncomingSignal]>([
    ['no recent record', undefined, sig(0, 'title')],
    ['recent is a peek', { ...held, kind: 'peek', messages: 0 }, sig(100, 'title')],
    ['held already released', { ...held, state: 'released' }, sig(100, 'title')],
    ['other app in the same tab', held, sig(100, 'title', { appId: 'gmail' })],
    ['too late', held, sig(GROUP_GAP_MS + 1, 'title')],
  ])('starts new: %s', (_name, recent, signal) => {
    expect(absorbSignal(recent, signal)).toEqual({ startsNew: true });
  });

  it('a record without tally keeps its message count as the floor', () => {
    const legacy: Interruption = { ...held, messages: 4, signals: ['title'], tally: undefined };
    const r = absorbSignal(legacy, sig(500, 'notification'));
    expect('merged' in r && r.merged.messages).toBe(4);
  });
});

describe('isPeek', () => {
  it.each<[string, number, number | null, number | undefined, boolean]>([
    ['a long look', 0, 60_000, undefined, true],
    ['exactly the minimum', 0, PEEK_MIN_MS, undefined, true],
    ['Ctrl+Tab passing through', 0, 300, undefined, false],
    ['clock went backwards', 1000, 0, undefined, false],
    ['still there, no clock', 0, null, undefined, true],
    ['still there, just arrived', 0, null, 500, false],
    ['still there for a while', 0, null, 5000, true],
  ])('%s', (_name, activated, left, now, expected) => {
    expect(isPeek(activated, left, now)).toBe(expected);
  });
});
