/**
 * The popup's one query, composed: what is true now, and today's figures at work and in the running
 * block, from records the background has read. Pure (the clock and the zone are arguments); the
 * background gathers the facts (entrypoints/background/status.ts) and changes nothing by asking.
 */
import { appDisplayName } from './apps';
import { type FocusInputs, nextScheduledWindow } from './focus-engine';
import type { FocusStatus, WorkFigures } from './messages';
import type { FocusBlock, Interruption } from './model';
import type { Settings } from './settings';
import { earlyEndsLeft } from './strict-policy';
import type { WorkdayFigures } from './workday';
import { figuresAtWork, figuresOfBlock, type WorkdayRecords, workSpans } from './workday-inputs';
import { zoned } from './zoned';

/** Everything the status is made of. */
export interface StatusFacts {
  now: number;
  zone: string;
  inputs: FocusInputs;
  settings: Settings;
  /** The open block record, if any (it may be over and not yet closed by the engine). */
  openBlock: FocusBlock | undefined;
  /** Today's records (statusDay's span). */
  today: WorkdayRecords & { interruptions: readonly Interruption[] };
  /** Held items not yet opened or dismissed, newest first. */
  held: Interruption[];
  /** Blocks ever recorded. */
  blocksEver: number;
  /** Warnings the person has not dismissed yet. */
  warnings: { storageError: string | null; droppedSignals: number };
}

/** The local day around `now`, the span the status reads records for. */
export function statusDay(now: number, zone: string): { start: number; end: number } {
  const day = zoned(now, zone);
  return { start: day.startOf('day').toMillis(), end: day.plus({ days: 1 }).startOf('day').toMillis() };
}

/** Adds what the figures leave out but the popup says: breakthroughs and messages held. */
function withExtras(figures: WorkdayFigures, records: readonly Interruption[], from: number, to: number): WorkFigures {
  let breakthroughs = 0;
  let messagesHeld = 0;
  for (const r of records) {
    if (r.at < from || r.at >= to) continue;
    if (r.kind === 'breakthrough') breakthroughs++;
    if (r.kind === 'held') messagesHeld += r.messages;
  }
  return { ...figures, breakthroughs, messagesHeld };
}

export function composeStatus(facts: StatusFacts): FocusStatus {
  const { now, zone, inputs, settings, openBlock: block, today, held } = facts;
  const day = statusDay(now, zone);
  const running = block && block.start <= now && now < block.end ? block : undefined;
  const { pausedUntil } = inputs.overrides;
  return {
    now,
    block: running
      ? { id: running.id, start: running.start, end: running.end, origin: running.origin, strict: running.strict }
      : null,
    next: nextScheduledWindow(now, inputs),
    pausedUntil: pausedUntil && pausedUntil > now ? pausedUntil : null,
    held,
    appNames: Object.fromEntries(held.map((item) => [item.appId, appDisplayName(item.appId, settings.customSites)])),
    today: withExtras(
      figuresAtWork(today, settings.workHours, day.start, day.end, zone, now),
      today.interruptions,
      day.start,
      now + 1,
    ),
    current: running
      ? withExtras(figuresOfBlock(today, running, now), today.interruptions, running.start, now + 1)
      : null,
    atWorkNow: workSpans(settings.workHours, now, now + 1, zone).length > 0,
    workHours: { rules: settings.workHours, confirmed: settings.workHoursConfirmed },
    firstRun:
      inputs.schedule.rules.length === 0 &&
      !block &&
      facts.blocksEver === 0 &&
      today.blocks.length === 0 &&
      today.interruptions.length === 0,
    strictEarlyEndsLeft: earlyEndsLeft(settings.strict, inputs.overrides, now),
    strictPhrase: settings.strict.phrase,
    storageError: facts.warnings.storageError,
    droppedSignals: facts.warnings.droppedSignals,
  };
}
