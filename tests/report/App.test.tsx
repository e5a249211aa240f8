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
vi.mock('@/utils/browser-i18n', () => import('../popup/fake-i18n'));
/** Reads of the figures' records that have finished (the page's reads, unchanged). */
const rangeReads = vi.hoisted(() => ({ done: 0 }));
vi.mock('@/utils/report-query', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/report-query')>();
  return {
    ...original,
    readReportInput: (...args: Parameters<typeof original.readReportInput>) =>
      original.readReportInput(...args).finally(() => rangeReads.done++),
  };
});
const sendMock = vi.mocked(send);

const ZONE = 'Europe/Berlin';
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
  const tx = db.transaction(['interruptions', 'blocks', 'kv'], 'readwrite');
  for (const i of interruptions) void tx.objectStore('interruptions').put(i);
  for (const b of blocks) void tx.objectStore('blocks').put(b);
  // Written around the rollups: say so, as every such writer must (utils/db.ts rollupsComplete).
  void tx.objectStore('kv').delete('rollupsComplete');
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
    // Working hours: the default Mon–Fri 09:00–17:00. Counts are of what arrived in working time.
    const atWork = (i: Interruption) => {
      const local = new Date(i.at + 3_600_000); // CET wall clock as UTC fields
      const day = local.getUTCDay();
      const h = local.getUTCHours();
      return day >= 1 && day <= 5 && h >= 9 && h < 17;
    };
    for (let d = 23; d <= 29; d++) {
      const date = `2026-11-${d}`;
      expect(text(`day-${date}-held`)).toBe(String(count(date, (i) => atWork(i) && i.kind === 'held')));
      expect(text(`day-${date}-reached`)).toBe(
        String(count(date, (i) => atWork(i) && (i.kind === 'delivered' || i.kind === 'breakthrough'))),
      );
      expect(text(`day-${date}-peeks`)).toBe(String(count(date, (i) => atWork(i) && i.kind === 'peek')));
    }

    // Monday: 8 h at work broken at 09:30, 10:15, 10:45 (in the block), 14:00 and 14:05: pieces 30, 45, 30,
    // 195, 5 and 175 min; 480 / 5 = 96 min. Its block, 09–11: pieces 30, 45, 30, 15; 120 / 3 = 40 min.
    expect([value('day-2026-11-23-work'), text('day-2026-11-23-work')]).toEqual(['480', '8 h']);
    expect([value('day-2026-11-23-focus'), text('day-2026-11-23-focus')]).toEqual(['120', '2 h']);
    expect([value('day-2026-11-23-longest'), text('day-2026-11-23-longest')]).toEqual(['195', '3 h 15 min']);
    expect([value('day-2026-11-23-every-work'), text('day-2026-11-23-every-work')]).toEqual(['96', 'every 1 h 36 min']);
    expect([value('day-2026-11-23-every-focus'), text('day-2026-11-23-every-focus')]).toEqual(['40', 'every 40 min']);
    // Wednesday: 90 min of focus and a whole working day that nothing broke (20:00 is after work).
    expect([value('day-2026-11-25-every-work'), text('day-2026-11-25-every-work')]).toEqual(['', 'none']);
    expect([value('day-2026-11-25-focus'), text('day-2026-11-25-every-focus')]).toEqual(['90', 'none']);
    expect(value('day-2026-11-25-longest')).toBe('480');
    // The weekend has no working time.
    expect([value('day-2026-11-29-work'), text('day-2026-11-29-every-work')]).toEqual(['0', '—']);
    // The week: 40 h at work, 5 breaks; 3 h 30 min of focus, 3 breaks.
    expect([value('total-work'), text('total-work')]).toEqual(['2400', '40 h']);
    expect([value('total-every-work'), text('total-every-work')]).toEqual(['480', 'every 8 h']);
    expect([value('total-focus'), text('total-every-focus')]).toEqual(['210', 'every 1 h 10 min']);
    expect(value('total-longest')).toBe('480');
    expect(text('summary')).toBe(
      'One interruption every 8 h at work — longer than the 11-minute baseline. ' +
        'In focus: one interruption every 1 h 10 min — longer than the 11-minute baseline. ' +
        'At work: 2 held that would have reached you, 3 reached you and 2 peeks. Most interruptions came from Slack.',
    );
    expect(screen.getByTestId('blocks').dataset.value).toBe('2');
    expect(text(`block-${monBlock.id}-held`)).toBe('2');
    expect(text(`block-${monBlock.id}-reached`)).toBe('1');
    expect(text(`block-${monBlock.id}-peeks`)).toBe('2');
    expect(document.body.textContent).not.toMatch(/×/);

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

  it('says once that a week is empty, without rows of zeros, and never shows NaN', async () => {
    await open(null);
    expect(screen.getByTestId('week-range').dataset.week).toBe('2026-11-30');
    expect(screen.getByTestId('empty-week')).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.queryByTestId('total-held')).toBeNull();
    expect((screen.getByTestId('week-prev') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId('suggestions-none').dataset.reason).toBe('tooLittleData'));
    expect(text('suggestions-none')).toContain('two weeks of history');
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('leaves future days blank', async () => {
    await seed([...inWeek, at(30, 10, 0, 'slack', 'delivered')], [monBlock, wedBlock]);
    await open(null); // the week of Monday 30 November; now is Tuesday 1 December, 13:00 in Berlin
    expect(screen.getByTestId('day-2026-11-30').dataset.state).toBe('shown');
    for (const d of ['02', '03', '04', '05', '06']) {
      expect(screen.getByTestId(`day-2026-12-${d}`).dataset.state).toBe('blank');
      expect(text(`day-2026-12-${d}-work`)).toBe('');
    }
    // Tuesday counts up to now: 09:00–13:00.
    expect(value('day-2026-12-01-work')).toBe('240');
  });

  it('moves between weeks, keeps ?week= in the URL and gets the days right across the DST change', async () => {
    // 25 Oct 2026 is the 25-hour day; 23:30 local that day is 22:30 UTC (CET again).
    await seed([interruption(Date.UTC(2026, 9, 25, 22, 30), { kind: 'held' })], []);
    await open('2026-11-02');
    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(screen.getByTestId('week-range').dataset.week).toBe('2026-10-26'));
    expect(new URL(location.href).searchParams.get('week')).toBe('2026-10-26');
    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(text('heat-2026-10-25-23')).toBe('1'));
    // History starts on Sunday the 25th: the days before it are blank, and no earlier week is offered.
    expect(screen.getByTestId('day-2026-10-19').dataset.state).toBe('blank');
    expect(screen.getByTestId('day-2026-10-25').dataset.state).toBe('shown');
    expect((screen.getByTestId('week-prev') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('week-this'));
    await waitFor(() => expect(screen.getByTestId('week-range').dataset.week).toBe('2026-11-30'));
  });

  it('shows the week as it is after the rollback of an unfinished import, which it reads meanwhile', async () => {
    await seed([...inWeek, ...outside], [monBlock, wedBlock]);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'chrome-extension://test/report.html?week=2026-11-23',
    );
    const held = inWeek.filter((i) => i.kind === 'held').map((i) => i.id);
    expect(held).toHaveLength(2);
    // The rollback finishes after the page's first read, and removes the week's two held arrivals.
    rangeReads.done = 0;
    const before = (async () => {
      await waitFor(() => expect(rangeReads.done).toBeGreaterThan(0), { timeout: 3_000 });
      const db = await openHeadsDownDb();
      // Around the rollups (utils/import-rollback.ts keeps them): so without their mark.
      const tx = db.transaction(['interruptions', 'kv'], 'readwrite');
      await Promise.all([
        ...held.map((id) => tx.objectStore('interruptions').delete(id)),
        tx.objectStore('kv').delete('rollupsComplete'),
        tx.done,
      ]);
      return true;
    })();
    render(<App now={() => NOW} zone={ZONE} firstDay={1} before={before} />);
    await waitFor(() => expect(document.querySelector('main')?.dataset.state).toBe('ready'), { timeout: 3_000 });
    expect(value('total-held')).toBe('0');
    expect(value('total-reached')).toBe('3');
  });

  it('adds a suggested rule, with its evidence, to the schedule', async () => {
    // Four working weeks before now, four arrivals an hour, except Tuesday and Thursday 14–16.
    const history: Interruption[] = [];
    for (let w = 0; w < 4; w++) {
      for (let d = 0; d < 5; d++) {
        for (let h = 9; h < 17; h++) {
          if ((d === 1 || d === 3) && (h === 14 || h === 15)) continue;
          for (const m of [5, 20, 35, 50]) history.push(interruption(berlin(2 + 7 * w + d, h, m)));
        }
      }
    }
    await seed(history, []);
    const existing = { days: ['mon' as const], start: '09:00', end: '10:00', zone: 'UTC' };
    sendMock.mockImplementation(async (type) =>
      type === 'getSchedule' ? { format: 'heads-down-schedule', version: 1, rules: [existing] } : { ok: true },
    );
    await open('2026-11-23');
    const first = await screen.findByTestId('suggestion-0', {}, { timeout: 15_000 });
    expect([first.dataset.weekdays, first.dataset.hour]).toEqual(['2,4', '14']);
    expect(text('suggestion-0-evidence')).toBe('0.0 an hour over 4 weeks');
    fireEvent.click(first.querySelector('button')!);
    await waitFor(() => expect(sendMock).toHaveBeenCalledTimes(2));
    expect(sendMock.mock.calls[0]).toEqual(['getSchedule']);
    expect(sendMock.mock.calls[1]).toEqual([
      'saveSchedule',
      {
        file: {
          format: 'heads-down-schedule',
          version: 1,
          rules: [existing, { days: ['tue', 'thu'], start: '14:00', end: '16:00', zone: 'local' }],
        },
      },
    ]);
  });

  it('deletes a finished block only after confirming; a running block has no delete', async () => {
    const running = block(berlin(31, 11), berlin(31, 15), { endedAt: null, strict: true }); // 1 December
    await seed(inWeek, [monBlock, wedBlock]);
    sendMock.mockResolvedValue({ ok: true });
    await open('2026-11-23');
    fireEvent.click(screen.getByTestId(`block-${wedBlock.id}-delete`));
    expect(sendMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('block-delete-confirm'));
    await waitFor(() => expect(sendMock).toHaveBeenCalledWith('deleteBlock', { id: wedBlock.id }));
    await waitFor(() => expect(text('blocks-status')).toBe('The block was deleted.'));
    cleanup();
    await seed([], [running]);
    await open(null);
    expect((screen.getByTestId(`block-${running.id}-delete`) as HTMLButtonElement).disabled).toBe(true);
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
