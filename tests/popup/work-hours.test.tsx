// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { daysText, workHoursText } from '@/components/popup/work-hours-text';
import { type FocusStatus, send } from '@/utils/messages';
import { idleStatus } from './fixtures';
import { cleanupPopup, renderPopup } from './mount';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
vi.mock('@/utils/browser-i18n', () => import('./fake-i18n'));
const sendMock = vi.mocked(send);

beforeEach(() => sendMock.mockReset());
afterEach(cleanupPopup);

describe('working hours in words', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Mon–Fri'],
    [['mon', 'wed', 'fri'], 'Mon, Wed, Fri'],
    [['sat', 'mon', 'tue'], 'Mon, Tue, Sat'],
    [['thu', 'fri', 'sat', 'sun'], 'Thu–Sun'],
  ] as const)('%j reads %s', (days, text) => {
    expect(daysText([...days], 'en')).toBe(text);
  });

  it('joins rules', () => {
    expect(
      workHoursText(
        [
          { days: ['mon', 'tue', 'wed', 'thu'], start: '08:30', end: '17:00', zone: 'local' },
          { days: ['fri'], start: '08:30', end: '13:00', zone: 'local' },
        ],
        'en',
      ),
    ).toBe('Mon–Thu 08:30–17:00; Fri 08:30–13:00');
  });
});

describe('the first run asks about working hours', () => {
  it('shows the default hours until confirmed, and confirms through the background', async () => {
    const status: FocusStatus = idleStatus({ firstRun: true });
    status.workHours = { ...status.workHours, confirmed: false };
    sendMock.mockImplementation((async (type: string) =>
      type === 'getStatus' ? status : { ok: true }) as typeof send);
    await renderPopup();
    const region = await screen.findByRole('region', { name: 'Your working hours' });
    expect(region.textContent).toMatch(/over your working time: \w+–\w+ 09:00–17:00/);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, these are my hours' }));
    await waitFor(() => expect(sendMock.mock.calls.some((c) => c[0] === 'confirmWorkHours')).toBe(true));
  });

  it('does not ask once confirmed', async () => {
    const status = idleStatus();
    sendMock.mockImplementation((async (type: string) =>
      type === 'getStatus' ? status : { ok: true }) as typeof send);
    await renderPopup();
    await screen.findByRole('heading', { name: 'Today at work' });
    expect(screen.queryByRole('region', { name: 'Your working hours' })).toBeNull();
  });
});
