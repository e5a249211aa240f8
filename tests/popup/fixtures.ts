/** FocusStatus fixtures for the popup tests, built from plain numbers. */
import { appDisplayName } from '@/utils/apps';
import type { FocusStatus, WorkFigures } from '@/utils/messages';
import type { Interruption } from '@/utils/model';

export const MIN = 60_000;
/** Tue 2025-03-04 10:00 in the test process's zone. */
export const NOW = new Date(2025, 2, 4, 10, 0, 0).getTime();

/** Figures for time with nothing in it. */
export function emptyFigures(overrides: Partial<WorkFigures> = {}): WorkFigures {
  return {
    presentMinutes: 0,
    reached: 0,
    held: 0,
    peeks: 0,
    meanStretchMinutes: null,
    longestStretchMinutes: null,
    breakthroughs: 0,
    messagesHeld: 0,
    focus: { minutes: 0, reached: 0, held: 0, peeks: 0, meanStretchMinutes: null, longestStretchMinutes: null },
    ...overrides,
  };
}

/** An idle, already-used popup; the held items' names are the catalog's, as the background gives them. */
export function idleStatus(overrides: Partial<FocusStatus> = {}): FocusStatus {
  const held = overrides.held ?? [];
  return {
    now: NOW,
    block: null,
    next: null,
    pausedUntil: null,
    held: [],
    appNames: Object.fromEntries(held.map((item) => [item.appId, appDisplayName(item.appId)])),
    today: emptyFigures(),
    current: null,
    atWorkNow: true,
    workHours: {
      rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00', zone: 'local' }],
      confirmed: true,
    },
    firstRun: false,
    strictEarlyEndsLeft: 2,
    strictPhrase: 'I choose to stop focusing',
    storageError: null,
    droppedSignals: 0,
    ...overrides,
  };
}

/** A manual block that started `elapsedMin` ago and lasts `lengthMin`. */
export function focusingStatus(elapsedMin: number, lengthMin: number, strict = false): FocusStatus {
  const start = NOW - elapsedMin * MIN;
  return idleStatus({
    block: { id: 'b1', start, end: start + lengthMin * MIN, origin: 'manual', strict },
    current: emptyFigures({ presentMinutes: elapsedMin, longestStretchMinutes: elapsedMin }),
  });
}

let seq = 0;
/** A held interruption of `appId`, `minAgo` minutes before NOW. */
export function heldItem(appId: string, minAgo: number, extra: Partial<Interruption> = {}): Interruption {
  seq++;
  return {
    id: `i${seq}`,
    at: NOW - minAgo * MIN,
    lastAt: NOW - minAgo * MIN,
    offsetMin: 0,
    appId,
    tabId: seq,
    kind: 'held',
    messages: 1,
    signals: ['notification', 'title'],
    blockId: 'b1',
    text: null,
    state: 'pending',
    ...extra,
  };
}
