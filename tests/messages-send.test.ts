/**
 * utils/messages.ts `send`: an extension page asks once more, a moment later, when the browser found
 * no background listening (the message never arrived), and never for any other failure.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_RECEIVER_RETRY_MS, reachedNoReceiver, send, sendOnce } from '@/utils/messages';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  sendMessage = vi.fn();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('reachedNoReceiver', () => {
  it.each([
    [new Error(NO_RECEIVER), true],
    [new Error('receiving end does not exist'), true],
    [new Error('The message port closed before a response was received.'), false],
    [new Error('Extension context invalidated.'), false],
    [NO_RECEIVER, false], // not an Error: nothing the browser threw
    [null, false],
  ])('%s → %s', (error, expected) => {
    expect(reachedNoReceiver(error)).toBe(expected);
  });
});

describe('send', () => {
  it('asks again after a moment when no background was listening, and returns that reply', async () => {
    sendMessage.mockRejectedValueOnce(new Error(NO_RECEIVER)).mockResolvedValueOnce({ ok: true });
    const reply = send('startBlock', { minutes: 25 });
    await vi.advanceTimersByTimeAsync(NO_RECEIVER_RETRY_MS - 1);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(reply).resolves.toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage.mock.calls[1]).toEqual([{ type: 'startBlock', payload: { minutes: 25 } }]);
  });

  it('asks only once more: a background still not listening is the caller’s error to show', async () => {
    sendMessage.mockRejectedValue(new Error(NO_RECEIVER));
    const reply = send('getStatus');
    const settled = expect(reply).rejects.toThrow(/Receiving end does not exist/);
    await vi.advanceTimersByTimeAsync(NO_RECEIVER_RETRY_MS);
    await settled;
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not send again after any other failure: the message may have arrived', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(send('endBlock', {})).rejects.toThrow(/port closed/);
    await vi.advanceTimersByTimeAsync(NO_RECEIVER_RETRY_MS * 4);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('sendOnce (the relay’s, which resends its batches itself) never asks twice', async () => {
    sendMessage.mockRejectedValue(new Error(NO_RECEIVER));
    await expect(sendOnce('getStatus')).rejects.toThrow(/Receiving end/);
    await vi.advanceTimersByTimeAsync(NO_RECEIVER_RETRY_MS * 4);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
