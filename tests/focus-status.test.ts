// The popup's status composed from facts (utils/focus-status.ts): pure, so asking twice gives the
// same answer and the warnings are only reported, never cleared.
import { describe, expect, it } from 'vitest';
import { EMPTY_OVERRIDES } from '@/utils/db';
import { composeStatus, type StatusFacts, statusDay } from '@/utils/focus-status';
import type { FocusBlock, Interruption } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const NOW = Date.UTC(2026, 10, 25, 10, 0);
const MIN = 60_000;
const block: FocusBlock = {
  id: 'b1',
  start: NOW - 10 * MIN,
  end: NOW + 40 * MIN,
  endedAt: null,
  origin: 'manual',
  endedEarly: false,
  strict: true,
  digestShown: false,
};
const held: Interruption = {
  id: 'i1',
  at: NOW - 5 * MIN,
  lastAt: NOW - 5 * MIN,
  offsetMin: 0,
  appId: 'slack',
  tabId: 3,
  kind: 'held',
  messages: 2,
  signals: ['notification'],
  blockId: 'b1',
  text: null,
  state: 'pending',
};
const facts = (over: Partial<StatusFacts> = {}): StatusFacts => ({
  now: NOW,
  zone: 'UTC',
  inputs: {
    schedule: { format: 'heads-down-schedule', version: 1, rules: [] },
    localZone: 'UTC',
    overrides: EMPTY_OVERRIDES,
  },
  settings: DEFAULT_SETTINGS,
  openBlock: undefined,
  today: { interruptions: [], blocks: [], away: [] },
  held: [],
  blocksEver: 0,
  warnings: { storageError: null, droppedSignals: 0 },
  ...over,
});

describe('composeStatus', () => {
  it('is the first run only with nothing recorded and no schedule', () => {
    expect(composeStatus(facts()).firstRun).toBe(true);
    expect(composeStatus(facts({ blocksEver: 1 })).firstRun).toBe(false);
  });

  it('reports the running block, its figures and what it holds, with the app named', () => {
    const status = composeStatus(
      facts({ openBlock: block, held: [held], today: { interruptions: [held], blocks: [block], away: [] } }),
    );
    expect(status.block).toEqual({ id: 'b1', start: block.start, end: block.end, origin: 'manual', strict: true });
    expect(status.current?.messagesHeld).toBe(2);
    expect(status.appNames).toEqual({ slack: 'Slack' });
    expect(status.firstRun).toBe(false);
  });

  it('does not report an open block that is over, nor a pause that has passed', () => {
    const over = { ...block, end: NOW - MIN };
    const inputs = { ...facts().inputs, overrides: { ...EMPTY_OVERRIDES, pausedUntil: NOW - 1 } };
    const status = composeStatus(facts({ openBlock: over, inputs }));
    expect([status.block, status.current, status.pausedUntil]).toEqual([null, null, null]);
  });

  it('passes the warnings on unchanged, and the same facts give the same status', () => {
    const warned = facts({ warnings: { storageError: 'Could not save', droppedSignals: 12 } });
    const status = composeStatus(warned);
    expect([status.storageError, status.droppedSignals]).toEqual(['Could not save', 12]);
    expect(composeStatus(warned)).toEqual(status);
  });

  it('counts strict early ends left over the last week', () => {
    const settings = { ...DEFAULT_SETTINGS, strict: { ...DEFAULT_SETTINGS.strict, earlyEndsPerWeek: 2 } };
    const overrides = { ...EMPTY_OVERRIDES, strictEarlyEnds: [NOW - MIN, NOW - 8 * 86_400_000] };
    const status = composeStatus(facts({ settings, inputs: { ...facts().inputs, overrides } }));
    expect(status.strictEarlyEndsLeft).toBe(1);
  });
});

describe('statusDay', () => {
  it('is the local calendar day around now', () => {
    expect(statusDay(NOW, 'Asia/Tokyo')).toEqual({
      start: Date.UTC(2026, 10, 25, 15) - 86_400_000,
      end: Date.UTC(2026, 10, 25, 15),
    });
  });
});
