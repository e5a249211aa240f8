// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { send } from '@/utils/messages';
import { callsOf, fewZones, scheduleFixture, scriptBackground, settingsFixture } from './fixtures';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./i18n-en'));

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => {
  sendMock.mockReset();
  fewZones();
  scriptBackground(sendMock, { settings: settingsFixture(), schedule: scheduleFixture() });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function workSection() {
  render(<App />);
  return within(await screen.findByRole('region', { name: 'Working hours' }));
}

describe('working hours', () => {
  it('shows the default hours in one line and confirms them unchanged', async () => {
    const work = await workSection();
    expect(work.getByText(/Mon–Fri 09:00–17:00/)).toBeTruthy();
    fireEvent.click(work.getByRole('button', { name: 'These are my hours' }));
    await work.findByText('Working hours saved.');
    expect(callsOf(sendMock, 'saveSettings')).toEqual([{ settings: settingsFixture({ workHoursConfirmed: true }) }]);
  });

  it('edits the hours and saves them confirmed; a rule without days is refused and nothing is sent', async () => {
    const work = await workSection();
    fireEvent.click(work.getByRole('button', { name: 'Change working hours' }));
    fireEvent.change(work.getByLabelText('Ends'), { target: { value: '16:30' } });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      fireEvent.click(work.getByRole('button', { name: day }));
    fireEvent.click(work.getByRole('button', { name: 'Save working hours' }));
    await work.findByText(/Fix the rules marked above/);
    expect(callsOf(sendMock, 'saveSettings')).toEqual([]);
    fireEvent.click(work.getByRole('button', { name: 'Tuesday' }));
    fireEvent.click(work.getByRole('button', { name: 'Save working hours' }));
    await work.findByText('Working hours saved.');
    const saved = callsOf(sendMock, 'saveSettings') as Array<{
      settings: { workHours: unknown; workHoursConfirmed: boolean };
    }>;
    expect(saved.map((c) => [c.settings.workHours, c.settings.workHoursConfirmed])).toEqual([
      [[{ days: ['tue'], start: '09:00', end: '16:30', zone: 'local' }], true],
    ]);
  });

  it('saves when idle time counts as away', async () => {
    const work = await workSection();
    const field = work.getByLabelText('Away after');
    fireEvent.change(field, { target: { value: '10' } });
    fireEvent.blur(field);
    await waitFor(() => expect(callsOf(sendMock, 'saveSettings')).toHaveLength(1));
    expect(callsOf(sendMock, 'saveSettings')).toEqual([{ settings: settingsFixture({ awayAfterMinutes: 10 }) }]);
  });
});
