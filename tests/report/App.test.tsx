// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/report/App';
import { forgetDbConnection, openHeadsDownDb } from '@/utils/db';
import { send } from '@/utils/messages';
import type { FocusBlock, Interruption, InterruptionKind } from '@/utils/model';
import { block, interruption } from './fixtures';

vi.mock('@/utils/messages', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

const ZONE = 'Europe/Berlin';
const MIN = 60_000;
/** Berlin is UTC+1 in late November: local wall time → UTC ms. */
const berlin = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h - 1, m);
const NOW = Date.UTC(2026, 11, 1, 12);

const monBlock = block(berlin(23, 9), berlin(23, 11));
const wedBlock = block(berlin(25, 13), berlin(25, 14, 30));
const at = (day: number, h: number, m: number, appId: string, kind: InterruptionKind, b?: FocusBlock) =>
  interruption(berlin(day, h, m), { appId, kind, blockId: b?.id ?? null, messages: kind === 'peek' ? 0 : 1 });
const inWeek: Interruption[] = [
  at(23, 9, 10, 'slack', 'held', monBlock),
  at(23, 9, 20, 'slack', 'held', monBlock),
  at(23, 9, 30, 'gmail', 'breakthrough', monBlock),
  at(23, 10, 15, 'slack', 'peek', monBlock),
  at(23, 10, 45, 'gmail', 'peek', monBlock),
  at(23, 14, 0, 'gmail', 'delivered'),
  at(23, 14, 5, 'slack', 'delivered'),
  at(25, 20, 0, 'teams', 'delivered'),
  at(29, 23, 59, 'custom:https://chat.example.org', 'delivered'),
];
// Sunday before at 23:30 and Monday after at 00:30, local: just outside the week.
const outside = [at(22, 23, 30, 'slack', 'delivered'), at(30, 0, 30, 'slack', 'held')];

async function seed(interruptions: Interruption[], blocks: FocusBlock[]): Promise<void> {
  const db = await openHeadsDownDb();
  const tx = db.transaction(['interruptions', 'blocks'], 'readwrite');
  for (const i of interruptions) void tx.objectStore('interruptions').put(i);
  for (const b of blocks) void tx.objectStore('blocks').put(b);
  await tx.done;
}

const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(ms);
const text = (id: string) => screen.getByTestId(id).textContent;
const value = (id: string) => screen.getByTestId(id).getAttribute('data-value');

async function open(week: string | null) {
  // happy-dom's own handle on the window; the URL carries ?week= as the extension page would.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `chrome-extension://test/report.html${week ? `?week=${week}` : ''}`,
  );
  render(<App now={() => NOW} zone={ZONE} firstDay={1} />);
  await waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('ready'));
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  forgetDbConnection();
  sendMock.mockReset();
});
afterEach(cleanup);

describe('report page', () => {
  it('shows every figure of a seeded week', async () => {
    await seed([...inWeek, ...outside], [monBlock, wedBlock]);
    await open('2026-11-25');
    expect(screen.getByTestId('week-range').dataset.week).toBe('2026-11-23');

    const count = (date: string | null, pred: (i: Interruption) => boolean) =>
      inWeek.filter((i) => (date === null || localDate(i.at) === date) && pred(i)).length;
    for (let d = 23; d <= 29; d++) {
      const date = `2026-11-${d}`;
      expect(text(`day-${date}-held`)).toBe(String(count(date, (i) => i.kind === 'held')));
      expect(text(`day-${date}-reached`)).toBe(
        String(count(date, (i) => i.kind === 'delivered' || i.kind === 'breakthrough')),
      );
      expect(text(`day-${date}-breakthroughs`)).toBe(String(count(date, (i) => i.kind === 'breakthrough')));
      expect(text(`day-${date}-peeks`)).toBe(String(count(date, (i) => i.kind === 'peek')));
    }
    expect(text('total-held')).toBe(String(count(null, (i) => i.kind === 'held')));
    expect(text('total-reached')).toBe(String(count(null, (i) => i.kind === 'delivered' || i.kind === 'breakthrough')));
    expect(text('total-breakthroughs')).toBe(String(count(null, (i) => i.kind === 'breakthrough')));
    expect(text('total-peeks')).toBe(String(count(null, (i) => i.kind === 'peek')));

    // Monday: 120 min of focus broken at 09:30 (breakthrough), 10:15 and 10:45 (peeks): stretches 30, 45,
    // 30, 15 min, and 3 breaks in 120 min. Wednesday: 90 min untouched. The week: 210 min over 3 breaks.
    expect(value('day-2026-11-23-focus')).toBe('120');
    expect(text('day-2026-11-23-focus')).toBe('2 h');
    expect(value('day-2026-11-23-longest')).toBe(String(45 * MIN));
    expect(value('day-2026-11-23-mean')).toBe(String(40 * MIN));
    expect(value('day-2026-11-25-longest')).toBe(String(90 * MIN));
    expect(value('day-2026-11-25-mean')).toBe('');
    expect(value('day-2026-11-24-focus')).toBe('0');
    expect(value('total-focus')).toBe('210');
    expect(text('total-focus')).toBe('3 h 30 min');
    expect(value('total-longest')).toBe(String(90 * MIN));
    expect(value('total-mean')).toBe(String(70 * MIN));
    expect(value('total-blocks')).toBe('2');

    for (const appId of new Set(inWeek.map((i) => i.appId))) {
      const mine = inWeek.filter((i) => i.appId === appId);
      expect(text(`app-${appId}-held`)).toBe(String(mine.filter((i) => i.kind === 'held').length));
      expect(text(`app-${appId}-reached`)).toBe(
        String(mine.filter((i) => i.kind === 'delivered' || i.kind === 'breakthrough').length),
      );
      expect(text(`app-${appId}-breakthroughs`)).toBe(String(mine.filter((i) => i.kind === 'breakthrough').length));
      expect(text(`app-${appId}-peeks`)).toBe(String(mine.filter((i) => i.kind === 'peek').length));
      expect(text(`app-${appId}-messages`)).toBe(String(mine.reduce((n, i) => n + i.messages, 0)));
    }
    expect(text('app-custom:https://chat.example.org-name')).toBe('chat.example.org');
    // Arrivals by local hour, peeks excluded.
    expect(text('heat-2026-11-23-09')).toBe('3');
    expect(text('heat-2026-11-23-10')).toBe('0');
    expect(text('heat-2026-11-29-23')).toBe('1');
    expect(document.body.textContent).not.toMatch(/NaN|undefined/);
  });

  it('explains an empty week and never shows NaN', async () => {
    await open(null);
    expect(screen.getByTestId('week-range').dataset.week).toBe('2026-11-30');
    expect(screen.getByTestId('empty-week')).toBeTruthy();
    expect(text('total-held')).toBe('0');
    expect(value('total-mean')).toBe('');
    await waitFor(() => screen.getByTestId('suggestions-none'));
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('moves between weeks, keeps ?week= in the URL and gets the days right across the DST change', async () => {
    // 25 Oct 2026 is the 25-hour day; 23:30 local that day is 22:30 UTC (CET again).
    await seed([interruption(Date.UTC(2026, 9, 25, 22, 30), { kind: 'held' })], []);
    await open('2026-11-02');
    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(screen.getByTestId('week-range').dataset.week).toBe('2026-10-26'));
    expect(new URL(location.href).searchParams.get('week')).toBe('2026-10-26');
    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(text('day-2026-10-25-held')).toBe('1'));
    expect(text('day-2026-10-19-held')).toBe('0');
    expect(text('heat-2026-10-25-23')).toBe('1');
    fireEvent.click(screen.getByTestId('week-this'));
    await waitFor(() => expect(screen.getByTestId('week-range').dataset.week).toBe('2026-11-30'));
  });

  it('adds a suggested window to the schedule as a focus rule', async () => {
    await seed(inWeek, [monBlock, wedBlock]);
    const existing = { days: ['tue' as const], start: '09:00', end: '10:00', zone: 'UTC' };
    sendMock.mockImplementation(async (type) =>
      type === 'getSchedule' ? { format: 'heads-down-schedule', version: 1, rules: [existing] } : { ok: true },
    );
    await open('2026-11-23');
    const first = await screen.findByTestId('suggestion-0');
    const weekday = Number(first.dataset.weekday);
    const hour = Number(first.dataset.hour);
    fireEvent.click(first.querySelector('button')!);
    await waitFor(() => expect(sendMock).toHaveBeenCalledTimes(2));
    const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
    expect(sendMock.mock.calls[0]).toEqual(['getSchedule']);
    expect(sendMock.mock.calls[1]).toEqual([
      'saveSchedule',
      {
        file: {
          format: 'heads-down-schedule',
          version: 1,
          rules: [
            existing,
            {
              days: [['mon', 'tue', 'wed', 'thu', 'fri'][weekday - 1]],
              start: hh(hour),
              end: hh(hour + 2),
              zone: 'local',
            },
          ],
        },
      },
    ]);
  });

  it('refuses a bad history file without sending anything, and deletes only after confirming', async () => {
    sendMock.mockResolvedValue({ ok: true });
    await open('2026-11-23');
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const bad = new File(
      ['{"format":"heads-down-history","version":1,"interruptions":[{"id":"x"}],"blocks":[]}'],
      'h.json',
    );
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(text('tools-status')).toContain("Interruption record 1: 'at' is missing."));
    expect(sendMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('delete-all'));
    expect(sendMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('deleteAllData'));
  });
});
