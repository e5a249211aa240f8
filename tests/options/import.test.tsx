// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { send } from '@/utils/messages';
import { parseScheduleFile, problemsText } from '@/utils/schedule-file';
import { callsOf, fewZones, scheduleFixture, scriptBackground, settingsFixture } from './fixtures';
import { t } from './i18n-en';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./i18n-en'));

const sendMock = vi.mocked(send) as unknown as ReturnType<typeof vi.fn>;
const SAVED = scheduleFixture([{ days: ['tue'], start: '14:00', end: '15:30', zone: 'UTC' }]);

beforeEach(() => {
  sendMock.mockReset();
  fewZones();
  scriptBackground(sendMock, { settings: settingsFixture(), schedule: SAVED });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function importText(text: string, name = 'schedule.json') {
  render(<App />);
  await screen.findByRole('heading', { name: 'Rule 1' });
  const input = screen.getByLabelText('Import schedule…', { selector: 'input' }) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

describe('schedule import', () => {
  it.each([
    ['not JSON', '{"format": "heads-down-schedule",'],
    [
      'a bad day name',
      JSON.stringify({
        format: 'heads-down-schedule',
        version: 1,
        rules: [{ days: ['funday'], start: '09:00', end: '10:00', zone: 'UTC' }],
      }),
    ],
    ['an unknown version', JSON.stringify({ format: 'heads-down-schedule', version: 9, rules: [] })],
  ])('a file with %s shows what is wrong and sends nothing', async (_, text) => {
    const parsed = parseScheduleFile(text);
    if (parsed.ok) throw new Error('fixture should be invalid');
    await importText(text, 'mine.json');
    const alert = await screen.findByText((content) => content.includes(problemsText(parsed.problems, { t })));
    expect(alert.textContent).toContain('“mine.json”');
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([]);
    // The saved rule is still what the editor shows.
    expect((screen.getByLabelText('Starts') as HTMLInputElement).value).toBe('14:00');
  });

  it('a good file is sent with saveSchedule and replaces the editor’s rules', async () => {
    const file = scheduleFixture([
      { days: ['mon', 'fri'], start: '08:30', end: '10:00', zone: 'America/New_York' },
      { days: ['sat'], start: '23:00', end: '01:00', zone: 'local' },
    ]);
    await importText(JSON.stringify(file));
    expect(await screen.findByText(`Imported ${file.rules.length} rules.`)).toBeTruthy();
    expect(callsOf(sendMock, 'saveSchedule')).toEqual([{ file }]);
    expect(screen.getByRole('heading', { name: 'Rule 2' })).toBeTruthy();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('a good file the background refuses shows its words and keeps the old rules', async () => {
    scriptBackground(
      sendMock,
      { settings: settingsFixture(), schedule: SAVED },
      { saveSchedule: () => ({ ok: false, error: 'The database is closed.' }) },
    );
    await importText(JSON.stringify(scheduleFixture([{ days: ['mon'], start: '07:00', end: '08:00', zone: 'UTC' }])));
    expect(await screen.findByText('The database is closed.')).toBeTruthy();
    expect((screen.getByLabelText('Starts') as HTMLInputElement).value).toBe('14:00');
  });
});
