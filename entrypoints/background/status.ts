/** The popup's one query: what is true now, and today's figures at work and in the running block. */
import { browser } from 'wxt/browser';
import { appDisplayName } from '@/utils/apps';
import { nextScheduledWindow } from '@/utils/focus-engine';
import type { FocusStatus, WorkFigures } from '@/utils/messages';
import type { FocusBlock, Interruption } from '@/utils/model';
import { countBlocks, listedHeld, openBlock, readAway } from '@/utils/records';
import { readRange } from '@/utils/report-query';
import { zoned } from '@/utils/week';
import type { WorkdayFigures } from '@/utils/workday';
import { figuresAtWork, figuresOfBlock, type WorkdayRecords, workSpans } from '@/utils/workday-inputs';
import { focusInputs } from './engine';
import { currentZone } from './zone';

const WEEK_MS = 7 * 86_400_000;

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

export async function focusStatus(now: number): Promise<FocusStatus> {
  const zone = currentZone();
  const { inputs, settings } = await focusInputs(now);
  const block = await openBlock();
  const dayStart = zoned(now, zone).startOf('day').toMillis();
  const dayEnd = zoned(now, zone).plus({ days: 1 }).startOf('day').toMillis();
  const [{ interruptions, blocks }, held, away, stored] = await Promise.all([
    readRange(dayStart, dayEnd),
    listedHeld(),
    readAway(dayStart, dayEnd, now),
    browser.storage.local.get(['storageError']) as Promise<{ storageError?: string }>,
  ]);
  const records: WorkdayRecords = { interruptions, blocks, away };
  const running: FocusBlock | undefined = block && block.start <= now && now < block.end ? block : undefined;
  const earlyEnds = inputs.overrides.strictEarlyEnds.filter((t) => t > now - WEEK_MS).length;
  return {
    now,
    block: running
      ? { id: running.id, start: running.start, end: running.end, origin: running.origin, strict: running.strict }
      : null,
    next: nextScheduledWindow(now, inputs),
    pausedUntil:
      inputs.overrides.pausedUntil && inputs.overrides.pausedUntil > now ? inputs.overrides.pausedUntil : null,
    held,
    appNames: Object.fromEntries(held.map((item) => [item.appId, appDisplayName(item.appId, settings.customSites)])),
    today: withExtras(
      figuresAtWork(records, settings.workHours, dayStart, dayEnd, zone, now),
      interruptions,
      dayStart,
      now + 1,
    ),
    current: running ? withExtras(figuresOfBlock(records, running, now), interruptions, running.start, now + 1) : null,
    atWorkNow: workSpans(settings.workHours, now, now + 1, zone).length > 0,
    workHours: { rules: settings.workHours, confirmed: settings.workHoursConfirmed },
    firstRun:
      inputs.schedule.rules.length === 0 &&
      blocks.length === 0 &&
      !block &&
      interruptions.length === 0 &&
      (await countBlocks()) === 0,
    strictEarlyEndsLeft: Math.max(0, settings.strict.earlyEndsPerWeek - earlyEnds),
    strictPhrase: settings.strict.phrase,
    storageError: stored.storageError ?? null,
  };
}
