// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FocusStatus, send } from '@/utils/messages';
import { idleStatus, MIN, NOW } from './fixtures';
import { cleanupPopup, renderPopup } from './mount';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));

const sendMock = vi.mocked(send);
const sent = (type: string) => sendMock.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
const two = (n: number) => String(n).padStart(2, '0');
// Wed 2025-03-05 09:00–11:00 local.
const WED_9 = new Date(2025, 2, 5, 9, 0).getTime();
const next = { start: WED_9, end: WED_9 + 120 * MIN };

async function renderWith(status: FocusStatus) {
  sendMock.mockImplementation((async (type: string) => (type === 'getStatus' ? status : { ok: true })) as typeof send);
  await renderPopup();
  await screen.findByRole('heading', { name: 'Schedule' });
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMock.mockReset();
  // The pause form compares with the real clock; pin it to the fixtures' NOW.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanupPopup();
  vi.useRealTimers();
});

describe('schedule section', () => {
  it('shows the next block with weekday and both times, and skips it', async () => {
    await renderWith(idleStatus({ next }));
    const line = screen.getByText(/^Next block:/).textContent ?? '';
    const weekday = new Date(WED_9).toLocaleDateString(undefined, { weekday: 'short' });
    expect(line).toContain(weekday);
    expect(line).toMatch(/0?9:00/);
    expect(line).toMatch(/11:00/);
    fireEvent.click(screen.getByRole('button', { name: 'Skip next' }));
    await waitFor(() => expect(sent('skipNextBlock')).toEqual([undefined]));
  });

  it('says so when nothing is scheduled, and offers to set a schedule up instead of skip or pause', async () => {
    const options = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = options;
    await renderWith(idleStatus());
    expect(screen.getByText('No scheduled blocks coming up.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip next' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause schedule…' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Set up a schedule' }));
    expect(options).toHaveBeenCalledOnce();
  });

  it('pauses until a local date and time', async () => {
    await renderWith(idleStatus({ next }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause schedule…' }));
    const input = screen.getByLabelText('Pause the schedule until');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: '2025-03-07T17:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const until = new Date(2025, 2, 7, 17, 30).getTime();
    await waitFor(() => expect(sent('pauseSchedule')).toEqual([{ until }]));
  });

  it('refuses a pause that ends in the past', async () => {
    await renderWith(idleStatus({ next }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause schedule…' }));
    const past = new Date(NOW - 60 * MIN);
    const value = `${past.getFullYear()}-${two(past.getMonth() + 1)}-${two(past.getDate())}T${two(past.getHours())}:00`;
    fireEvent.input(screen.getByLabelText('Pause the schedule until'), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Choose a date and time in the future.')).toBeTruthy();
    expect(sent('pauseSchedule')).toEqual([]);
  });

  it('shows a pause and resumes the schedule', async () => {
    const until = new Date(2025, 2, 6, 9, 0).getTime();
    await renderWith(idleStatus({ pausedUntil: until }));
    expect(screen.getByText('Schedule paused')).toBeTruthy();
    expect(screen.getAllByText(/^Schedule paused until .*\b0?9:00/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Resume schedule' }));
    await waitFor(() => expect(sent('pauseSchedule')).toEqual([{ until: null }]));
  });
});

describe('links', () => {
  it('opens the report in a tab and the options page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const options = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = options;
    await renderWith(idleStatus());
    fireEvent.click(screen.getByRole('button', { name: 'Weekly report' }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/report.html') });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(options).toHaveBeenCalledOnce();
  });
});
