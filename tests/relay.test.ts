// @vitest-environment happy-dom
// The isolated-world relay against WXT's fake browser (issue 16, findings 6 and 7): it hands its
// link to the guard once, ignores window look-alikes, sends held signals at once, retries what the
// background could not store, and stands down when its extension is gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import relay from '@/entrypoints/relay';
import { focusState, write } from '@/utils/browser-storage';
import { IDLE_FOCUS_STATE } from '@/utils/focus-state';
import { LINK_EVENT, READY_EVENT, SIGNAL_EVENT, STATE_EVENT } from '@/utils/guard-protocol';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

/** A stand-in for the MAIN-world guard: takes the link and records what the relay tells it. */
function fakeGuard() {
  const states: Array<{ mode: string; holdUntil: number | null }> = [];
  let link: EventTarget | null = null;
  const onLink = (event: Event) => {
    event.preventDefault();
    link = event.target;
    link?.addEventListener(STATE_EVENT, (e) => states.push(JSON.parse(String((e as CustomEvent).detail))));
  };
  document.addEventListener(LINK_EVENT, onLink);
  document.dispatchEvent(new Event(READY_EVENT));
  return {
    states,
    get link() {
      return link;
    },
    signal(signal: object) {
      link!.dispatchEvent(new CustomEvent(SIGNAL_EVENT, { detail: JSON.stringify(signal) }));
    },
    stop: () => document.removeEventListener(LINK_EVENT, onLink),
  };
}

let guard: ReturnType<typeof fakeGuard>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  sendMessage = vi.fn().mockResolvedValue({ ok: true, recorded: 1 });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
  const block = { id: 'b1', start: NOW - 60_000, end: NOW + 60_000 };
  await write(focusState, { ...IDLE_FOCUS_STATE, block });
  guard = fakeGuard(); // the guard runs first (manifest order), then the relay hands over its link
  relay.main();
  await vi.advanceTimersByTimeAsync(0);
});
afterEach(() => {
  guard.stop();
  vi.useRealTimers();
  (fakeBrowser.runtime as { id?: string }).id = 'test-extension-id';
});

describe('the relay', () => {
  it('hands its link over and tells the guard to hold until the block’s end, then to let go at that moment', async () => {
    expect(guard.link).not.toBeNull();
    expect(guard.states).toEqual([{ mode: 'hold', grammar: null, holdUntil: NOW + 60_000 }]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(guard.states).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(guard.states.at(-1)).toMatchObject({ mode: 'pass' });
  });

  it('gives no second link to a page that announces itself later', () => {
    let handed = false;
    document.addEventListener(LINK_EVENT, () => {
      handed = true;
    });
    document.dispatchEvent(new Event(READY_EVENT));
    expect(handed).toBe(false);
  });

  it('does nothing for window messages that look like the relay’s or the guard’s', async () => {
    window.postMessage({ source: 'heads-down-relay', type: 'state', mode: 'off' }, '*');
    window.postMessage({ source: 'heads-down-guard', type: 'signal', signal: { kind: 'title', messages: 1 } }, '*');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(guard.states).toHaveLength(1);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('sends a held signal in the page’s own call, with no batching delay', () => {
    guard.signal({ kind: 'notification', at: NOW, messages: 1, title: 'Kim', body: 'hi', held: true });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    const message = sendMessage.mock.calls[0]![0] as { type: string; payload: { signals: unknown[] } };
    expect(message.type).toBe('signalObserved');
    expect(message.payload.signals).toHaveLength(1);
  });

  it('forwards the guard’s signals stamped with its own clock, and drops one longer than any the guard sends', () => {
    guard.signal({ kind: 'notification', at: 1, messages: 1, title: 'Kim', body: 'x'.repeat(20_000), held: true });
    expect(sendMessage).not.toHaveBeenCalled();
    guard.signal({ kind: 'notification', at: 1, messages: 1, title: 'Kim', body: 'hi', held: true });
    const message = sendMessage.mock.calls[0]![0] as { payload: { signals: Array<Record<string, unknown>> } };
    expect(message.payload.signals).toEqual([
      { kind: 'notification', at: NOW, messages: 1, title: 'Kim', body: 'hi', held: true },
    ]);
  });

  it('retries, with the same batch id, whatever the background could not store', async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'UnknownError', retry: true });
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    guard.signal({ kind: 'title', at: NOW, messages: 1, held: true });
    await vi.advanceTimersByTimeAsync(10_000);
    const ids = sendMessage.mock.calls.map((c) => (c[0] as { payload: { batchId: string } }).payload.batchId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('flushes what waits when the page is hidden for good', () => {
    // A signal the guard did not hold waits a moment for its batch; the page closing sends it now.
    guard.signal({ kind: 'title', at: NOW, messages: 1, held: false });
    expect(sendMessage).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('stands down when its extension is updated or removed: the guard is switched off', async () => {
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(guard.states.at(-1)).toMatchObject({ mode: 'off' });
  });
});
