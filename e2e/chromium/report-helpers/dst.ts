/**
 * Records around Berlin's two clock changes of 2026: Sunday 25 October (25 hours: 02:00–03:00 runs
 * twice) and Sunday 29 March (23 hours: 02:00–03:00 never happens). Late-evening and just-after-
 * midnight interruptions find out whether day boundaries are local midnights or 24-hour steps.
 */
import type { FocusBlock, Interruption } from '../../../utils/model';
import { on } from './berlin';
import { block, interruption } from './seeded-week';

export interface DstRecords {
  blocks: FocusBlock[];
  interruptions: Interruption[];
}

/** Both clock changes' records together (they are five months apart, so weeks never mix). */
export function dstRecords(): DstRecords {
  const blocks = [
    // 01:00 summer time to 04:00 winter time: four real hours on a day whose clock shows three.
    block(on('2026-10-25', 1, 0, 0, 0), on('2026-10-25', 4, 0)),
    // 01:00 winter time to 04:00 summer time: two real hours.
    block(on('2026-03-29', 1, 0), on('2026-03-29', 4, 0)),
  ];
  const add = (atMs: number, kind: Interruption['kind'], appId: string) => interruption(atMs, kind, appId, 2, blocks);
  const interruptions = [
    add(on('2026-10-24', 23, 30), 'delivered', 'gmail'),
    add(on('2026-10-25', 0, 30), 'delivered', 'slack'),
    add(on('2026-10-25', 2, 30, 0, 0), 'held', 'slack'), // 02:30 summer time
    add(on('2026-10-25', 2, 30, 0, 1), 'breakthrough', 'teams'), // 02:30 again, winter time
    add(on('2026-10-25', 3, 15), 'peek', 'slack'),
    add(on('2026-10-25', 23, 30), 'delivered', 'discord'),
    add(on('2026-10-26', 0, 30), 'delivered', 'whatsapp'),
    add(on('2026-03-28', 23, 30), 'delivered', 'gmail'),
    add(on('2026-03-29', 0, 30), 'delivered', 'slack'),
    add(on('2026-03-29', 1, 45), 'held', 'slack'),
    add(on('2026-03-29', 3, 10), 'breakthrough', 'teams'), // ten minutes after the clock jumped
    add(on('2026-03-29', 23, 30), 'delivered', 'discord'),
    add(on('2026-03-30', 0, 30), 'delivered', 'whatsapp'),
  ];
  return { blocks, interruptions };
}
