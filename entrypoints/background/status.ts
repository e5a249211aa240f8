/** Gathers what the popup's status is made of (utils/focus-status.ts); reading it changes nothing. */

import { droppedSignals, read, storageError } from '@/utils/browser-storage';
import { composeStatus, statusDay } from '@/utils/focus-status';
import type { FocusStatus } from '@/utils/messages';
import { countBlocks, listedHeld, openBlock, readAway } from '@/utils/records';
import { readRange } from '@/utils/report-query';
import { focusInputs } from './engine';
import { currentZone } from './zone';

export async function focusStatus(now: number): Promise<FocusStatus> {
  const zone = currentZone();
  const day = statusDay(now, zone);
  const [{ inputs, settings }, block, { interruptions, blocks }, held, away, blocksEver, error, dropped] =
    await Promise.all([
      focusInputs(now),
      openBlock(),
      readRange(day.start, day.end),
      listedHeld(),
      readAway(day.start, day.end, now),
      countBlocks(),
      read(storageError),
      read(droppedSignals),
    ]);
  return composeStatus({
    now,
    zone,
    inputs,
    settings,
    openBlock: block,
    today: { interruptions, blocks, away },
    held,
    blocksEver,
    warnings: { storageError: error, droppedSignals: dropped },
  });
}
