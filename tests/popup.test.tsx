// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatCountdown } from '@/components/popup/clock';
import { type FocusStatus, send } from '@/utils/messages';
import { POPUP_SNAPSHOT_KEY } from '@/utils/popup-snapshot';
import { emptyFigures, focusingStatus, heldItem, idleStatus, NOW } from './popup/fixtures';
import { cleanupPopup, renderPopup } from './popup/mount';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./popup/fake-i18n'));

const sendMock = vi.mocked(send);
let status: FocusStatus;

/** Answers getStatus with the current fixture and every command with ok. */
function answer(replies: Record<string, unknown> = {}) {
  sendMock.mockImplementation((async (type: string) => {
    if (type === 'getStatus') return status;
    return replies[type] ?? { ok: true };
  }) as typeof send);
}

function sent(type: string): unknown[] {
  return sendMock.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
}

/** Clicks the button once it is enabled again (every button is busy while a command is in flight). */
async function clickWhenReady(name: string) {
  const button = screen.getByRole('button', { name }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}

async function renderWith(s: FocusStatus) {
  status = s;
  await renderPopup();
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMock.mockReset();
  answer();
});
afterEach(() => {
  cleanupPopup();
  vi.useRealTimers();
});

describe('idle popup', () => {
  it('starts a preset block', async () => {
    await renderWith(idleStatus());
    expect(screen.getByText('Ready')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '50 min' }));
    await waitFor(() => expect(sent('startBlock')).toEqual([{ minutes: 50 }]));
  });

  it.each([
    ['0', false],
    ['721', false],
    ['2.5', false],
    ['', false],
    ['1', true],
    ['720', true],
    [' 45 ', true],
  ])('custom minutes %j accepted: %s', async (typed, ok) => {
    await renderWith(idleStatus());
    const input = screen.getByLabelText('Or choose minutes') as HTMLInputElement;
    // happy-dom keeps what is typed into a number input; a browser would give '' for '2.5x'-like text.
    fireEvent.input(input, { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    if (ok) {
      await waitFor(() => expect(sent('startBlock')).toEqual([{ minutes: Number(typed.trim()) }]));
      expect(input.getAttribute('aria-invalid')).toBe('false');
    } else {
      expect(await screen.findByText('Enter whole minutes from 1 to 720.')).toBeTruthy();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(sent('startBlock')).toEqual([]);
    }
  });

  it('explains the product on the first run and offers the start button', async () => {
    await renderWith(idleStatus({ firstRun: true }));
    expect(screen.getByText(/keeps chat and email tabs quiet/)).toBeTruthy();
    // No figures yet: a new person sees no zeros.
    expect(screen.queryByText('Reached you')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '25 min' }));
    await waitFor(() => expect(sent('startBlock')).toEqual([{ minutes: 25 }]));
  });

  it('shows a storage error as an alert', async () => {
    await renderWith(idleStatus({ storageError: 'QuotaExceededError' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('QuotaExceededError');
  });

  it('shows a storage error and a flood of signals as two alerts, each closed on its own', async () => {
    await renderWith(idleStatus({ storageError: 'QuotaExceededError', droppedSignals: 1200 }));
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      expect.stringContaining('QuotaExceededError'),
      expect.stringContaining('1200 were not counted'),
    ]);
    fireEvent.click(within(alerts[1]!).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(sent('dismissWarning')).toEqual([{ warning: 'droppedSignals' }]));
  });

  it('says when the background does not answer, and retries', async () => {
    sendMock.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    status = idleStatus();
    await renderPopup();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    fireEvent.click(retry);
    await screen.findByText('Ready');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent('getStatus').length).toBe(2);
  });
});

describe('focusing popup', () => {
  it('counts down once a second from the block end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(NOW);
    status = focusingStatus(10, 25); // 15 minutes left
    await renderPopup();
    await vi.advanceTimersByTimeAsync(0);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('15:00');
    // Ticks land just after each whole second (15 ms late, so the face never shows a stale second).
    await vi.advanceTimersByTimeAsync(1100);
    expect(timer.textContent).toBe('14:59');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(timer.textContent).toBe('13:58');
    // Only one tick per second: no busy re-rendering while the popup is open.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('extends and ends a normal block', async () => {
    await renderWith(focusingStatus(5, 50));
    expect(screen.getByText('Focusing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '+15 min' }));
    await waitFor(() => expect(sent('extendBlock')).toEqual([{ minutes: 15 }]));
    // Busy until the background has answered: a second press cannot send a second command meanwhile.
    expect((screen.getByRole('button', { name: '+25 min' }) as HTMLButtonElement).disabled).toBe(true);
    await clickWhenReady('+25 min');
    await waitFor(() => expect(sent('extendBlock')).toEqual([{ minutes: 15 }, { minutes: 25 }]));
    await clickWhenReady('End now');
    await waitFor(() => expect(sent('endBlock')).toEqual([{}]));
  });

  it('asks for the phrase in strict mode and shows a refusal', async () => {
    answer({ endBlock: { ok: false, error: 'That is not the phrase.' } });
    await renderWith({ ...focusingStatus(5, 50, true), strictEarlyEndsLeft: 2 });
    expect(screen.getByText('Focusing · strict')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'End early…' }));
    expect(screen.getByText('Early ends left this week: 2')).toBeTruthy();
    const input = screen.getByLabelText('Type “I choose to stop focusing” to end early');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: 'I choose to stop' } });
    fireEvent.click(screen.getByRole('button', { name: 'End block' }));
    await waitFor(() => expect(sent('endBlock')).toEqual([{ phrase: 'I choose to stop' }]));
    expect((await screen.findByRole('alert')).textContent).toContain('That is not the phrase.');
  });

  it('offers no early end when none are left this week', async () => {
    await renderWith({ ...focusingStatus(5, 50, true), strictEarlyEndsLeft: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'End early…' }));
    expect(screen.getByText(/No early ends left this week/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'End block' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep focusing' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'End early…' }));
  });
});

describe('status updates', () => {
  /** Stores a snapshot as the background does (entrypoints/background/popup-snapshot.ts). */
  const storeSnapshot = (snapshot: FocusStatus) => fakeBrowser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: snapshot });

  it('paints from the snapshot before the background answers, then asks it once', async () => {
    await storeSnapshot(focusingStatus(10, 25));
    // A background that is still waking up: getStatus does not answer yet.
    sendMock.mockImplementation((() => new Promise(() => {})) as typeof send);
    await renderPopup();
    expect(screen.getByRole('timer').textContent).toBe(formatCountdown(focusingStatus(10, 25).block!.end - Date.now()));
    expect(screen.getByText('Focusing')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(sent('getStatus')).toHaveLength(1);
  });

  it('asks the background when there is no snapshot (fresh install, browser restart)', async () => {
    let reply: (s: FocusStatus) => void = () => {};
    sendMock.mockImplementation((() => new Promise((resolve) => (reply = resolve))) as typeof send);
    await renderPopup();
    expect(screen.getByText('Loading…')).toBeTruthy();
    reply(idleStatus());
    expect(await screen.findByText('Ready')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('takes the background’s newer figures, and leaves the page alone when they are the same', async () => {
    const snapshot = idleStatus({ today: emptyFigures({ presentMinutes: 47 }) });
    await storeSnapshot(snapshot);
    let reply: (s: FocusStatus) => void = () => {};
    sendMock.mockImplementation((() => new Promise((resolve) => (reply = resolve))) as typeof send);
    const root = await renderPopup();
    expect(screen.getByText('No interruptions in 47 min at work so far.')).toBeTruthy();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    // The same status worked out a moment later: nothing to redraw.
    reply({ ...snapshot, now: snapshot.now + 1000 });
    await new Promise((r) => setTimeout(r, 0));
    expect(changes).toEqual([]);
    observer.disconnect();
    // Later figures (time has passed at work) replace the snapshot's.
    status = idleStatus({ today: emptyFigures({ presentMinutes: 48 }) });
    answer();
    fireEvent.click(screen.getByRole('button', { name: '25 min' }));
    expect(await screen.findByText('No interruptions in 48 min at work so far.')).toBeTruthy();
  });

  it('redraws when the background rewrites the snapshot, without asking again, and only for that key', async () => {
    await renderWith(idleStatus());
    const before = sent('getStatus').length;
    await fakeBrowser.storage.local.set({ focusState: { v: 2 } });
    await fakeBrowser.storage.local.set({ [POPUP_SNAPSHOT_KEY]: focusingStatus(0, 25) });
    expect(screen.queryByRole('timer')).toBeNull();
    await storeSnapshot(focusingStatus(0, 25));
    expect(await screen.findByRole('timer')).toBeTruthy();
    expect(sent('getStatus').length).toBe(before);
  });

  it('starts the next block with its forms closed and empty', async () => {
    await renderWith(focusingStatus(5, 50, true));
    fireEvent.click(screen.getByRole('button', { name: 'End early…' }));
    fireEvent.input(screen.getByLabelText(/to end early$/), { target: { value: 'I choose' } });
    // The block ends on its own and a new one starts while the popup is open.
    await storeSnapshot(idleStatus());
    await screen.findByText('Ready');
    const next = focusingStatus(0, 50, true);
    await storeSnapshot({ ...next, block: { ...next.block!, id: 'b2' } });
    expect(await screen.findByRole('button', { name: 'End early…' })).toBeTruthy();
    expect(screen.queryByLabelText(/to end early$/)).toBeNull();
  });

  it('keeps what is typed, and where, across a redraw for new data', async () => {
    await renderWith(idleStatus());
    const input = screen.getByLabelText('Or choose minutes') as HTMLInputElement;
    input.focus();
    fireEvent.input(input, { target: { value: '45' } });
    await storeSnapshot(idleStatus({ held: [heldItem('slack', 1)], appNames: { slack: 'Slack' } }));
    await screen.findByRole('region', { name: /Held for you/ });
    expect(screen.getByLabelText('Or choose minutes')).toBe(input);
    expect(input.value).toBe('45');
    expect(document.activeElement).toBe(input);
  });
});

describe('today at work against the baseline', () => {
  it('states the mean stretch at work with the direction in words, and the focus figure beside it', async () => {
    const today = emptyFigures({
      presentMinutes: 148,
      reached: 7,
      held: 6,
      peeks: 2,
      messagesHeld: 9,
      meanStretchMinutes: 148 / 9,
      longestStretchMinutes: 52,
      focus: { minutes: 90, reached: 1, held: 6, peeks: 2, meanStretchMinutes: 30, longestStretchMinutes: 52 },
    });
    await renderWith(idleStatus({ today }));
    // 148 / 9 = 16.4 min: longer than 11.
    expect(screen.getByText('One interruption every 16 min at work — longer than the 11-minute baseline')).toBeTruthy();
    expect(
      screen.getByText('One interruption every 30 min in focus — longer than the 11-minute baseline'),
    ).toBeTruthy();
    expect(screen.getByText('6 held that would have reached you')).toBeTruthy();
    const figures = screen.getByRole('heading', { name: 'Today at work' }).parentElement!;
    const dd = (label: string) => within(figures).getByText(label).parentElement!.querySelector('dd')!;
    const value = (label: string) => dd(label).querySelector('.figure-value')!.textContent;
    expect(value('Reached you')).toBe('7');
    expect(value('Held')).toBe('6');
    expect(dd('Held').querySelector('.figure-note')!.textContent).toBe('9 messages');
    expect(value('Peeks')).toBe('2');
    expect(value('Longest stretch')).toBe('52 min');
    expect(document.body.textContent).not.toMatch(/×/);
  });

  it.each([
    [120, 24, 'shorter than'],
    [120, 11, 'about the same as'],
    [120, 6, 'longer than'],
  ])('%d min with %d breaks reads "%s" the baseline', async (minutes, breaks, words) => {
    const today = emptyFigures({ presentMinutes: minutes, reached: breaks, meanStretchMinutes: minutes / breaks });
    await renderWith(idleStatus({ today }));
    expect(screen.getByText(new RegExp(`at work — ${words} the 11-minute baseline`))).toBeTruthy();
  });

  it('gives no rate before 30 minutes or 3 breaks, and says what is known', async () => {
    const young = emptyFigures({ presentMinutes: 24, reached: 2, meanStretchMinutes: 12, longestStretchMinutes: 10 });
    await renderWith(idleStatus({ today: young }));
    expect(screen.getByText('2 interruptions in 24 min at work so far.')).toBeTruthy();
    cleanupPopup();
    const few = emptyFigures({ presentMinutes: 300, reached: 1, peeks: 1, meanStretchMinutes: 150 });
    await renderWith(idleStatus({ today: few }));
    expect(screen.getByText('2 interruptions in 5 h at work so far.')).toBeTruthy();
    cleanupPopup();
    const one = emptyFigures({ presentMinutes: 0.3, reached: 1, meanStretchMinutes: 0.3 });
    await renderWith(idleStatus({ today: one }));
    expect(screen.getByText('1 interruption in under a minute at work so far.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/a minute at work —/);
  });

  it('says "none in 47 min" rather than NaN when nothing reached the person', async () => {
    const today = emptyFigures({ presentMinutes: 47, longestStretchMinutes: 47 });
    await renderWith(idleStatus({ today }));
    expect(screen.getByText('No interruptions in 47 min at work so far.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('shows no row of zeros before any working time', async () => {
    await renderWith(idleStatus());
    expect(screen.getByText('No working time yet today.')).toBeTruthy();
    expect(screen.queryByText('Reached you')).toBeNull();
  });

  it('leads with the running block and keeps today at work in one line', async () => {
    const s = focusingStatus(40, 50);
    s.current = emptyFigures({
      presentMinutes: 40,
      reached: 2,
      peeks: 2,
      meanStretchMinutes: 10,
      longestStretchMinutes: 18,
    });
    s.today = emptyFigures({ presentMinutes: 90, reached: 2, meanStretchMinutes: 45 });
    await renderWith(s);
    expect(screen.getByRole('heading', { name: 'This block' })).toBeTruthy();
    expect(
      screen.getByText('One interruption every 10 min in focus — shorter than the 11-minute baseline'),
    ).toBeTruthy();
    expect(screen.getByText(/2 interruptions in 1 h 30 min at work so far/)).toBeTruthy();
    expect(screen.getByText('18 min')).toBeTruthy();
  });
});
