// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { send } from '@/utils/messages';
import { problemsText, validateSchedule } from '@/utils/schedule-file';
import { callsOf, fewZones, scheduleFixture, scriptBackground, settingsFixture } from './fixtures';
import { t } from './i18n-en';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./i18n-en'));

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const RULE = { days: ['mon' as const, 'wed' as const], start: '09:00', end: '11:00', zone: 'Europe/Berlin' };

beforeEach(() => {
  sendMock.mockReset();
  fewZones();
  scriptBackground(sendMock, { settings: settingsFixture(), schedule: scheduleFixture([RULE]) });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function ready() {
  render(<App />);
  return await screen.findByRole('heading', { name: 'Rule 1' });
}

describe('schedule editor', () => {
  it('shows the saved rule with its days pressed and its times', async () => {
    await ready();
    expect(screen.getByRole('button', { name: 'Monday' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Tuesday' }).getAttribute('aria-pressed')).toBe('false');
    expect((screen.getByLabelText('Starts') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Berlin');
  });

  it('refuses a rule that starts and ends at the same time, and sends nothing', async () => {
    await ready();
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '09:00' } });
    const expected = validateSchedule(scheduleFixture([{ ...RULE, end: '09:00' }]));
    if (expected.ok) throw new Error('fixture should be invalid');
    // The validator's own reason appears beside the rule.
    expect(await screen.findByText(/must not start and end at the same time/)).toBeTruthy();
    expect(problemsText(expected.problems, { t })).toMatch(/must not start and end at the same time/);
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText(/Fix the rules marked above/);
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([]);
  });

  it('refuses an unknown zone, and sends nothing', async () => {
    await ready();
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Mars/Olympus_Mons' } });
    expect(await screen.findByText(/"Mars\/Olympus_Mons", not a known time zone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText(/Fix the rules marked above/);
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([]);
  });

  it('notes a rule that crosses midnight', async () => {
    await ready();
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '02:00' } });
    expect(await screen.findByText('Crosses midnight: ends at 02:00 the next day.')).toBeTruthy();
  });

  it('marks unsaved changes and saves the edited schedule', async () => {
    await ready();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Friday' }));
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Wherever I am' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText('Schedule saved.');
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([
      { file: scheduleFixture([{ ...RULE, days: ['mon', 'wed', 'fri'], zone: 'local' }]) },
    ]);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('shows the background’s refusal exactly and keeps the draft', async () => {
    scriptBackground(
      sendMock,
      { settings: settingsFixture(), schedule: scheduleFixture([RULE]) },
      { saveSchedule: () => ({ ok: false, error: 'Storage is full.' }) },
    );
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('Storage is full.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rule 2' })).toBeTruthy();
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('removes a rule', async () => {
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Rule 1' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await screen.findByText('Schedule saved.');
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([{ file: scheduleFixture([]) }]);
  });
});
