/**
 * Peeks: the person switching to a watched tab during a block. A visit counts once it has lasted
 * PEEK_MIN_MS (see utils/interruptions.ts), so it is judged when the person leaves the tab or the
 * block ends. The visit in progress lives in session storage, which outlives a worker stop.
 */
import { appForUrl } from '@/utils/apps';
import { read, remove, visit as visitItem, write } from '@/utils/browser-storage';
import { isPeek } from '@/utils/interruptions';
import type { FocusBlock, Interruption } from '@/utils/model';
import { loadSettings, putInterruptions } from '@/utils/records';
import { offsetMinutes } from './zone';

/** Records the visit in progress as a peek if it lasted long enough, and forgets it. */
export async function settlePeek(block: FocusBlock | undefined, leftAt: number): Promise<void> {
  const visit = await read(visitItem);
  if (!visit) return;
  await remove(visitItem);
  if (!block || visit.blockId !== block.id || !isPeek(visit.at, leftAt)) return;
  const peek: Interruption = {
    id: crypto.randomUUID(),
    at: visit.at,
    lastAt: leftAt,
    offsetMin: offsetMinutes(visit.at),
    appId: visit.appId,
    tabId: visit.tabId,
    kind: 'peek',
    messages: 0,
    signals: [],
    blockId: visit.blockId,
    text: null,
    state: 'released',
  };
  await putInterruptions([peek]);
}

/** The person activated a tab: close the previous visit, and start one if it is a watched tab in a block. */
export async function onTabActivated(
  tabId: number,
  url: string | undefined,
  block: FocusBlock | undefined,
  now: number,
): Promise<void> {
  await settlePeek(block, now);
  if (!block || !url) return;
  const settings = await loadSettings();
  const appId = appForUrl(url, settings.customSites);
  if (!appId || settings.disabledApps.includes(appId)) return;
  await write(visitItem, { tabId, appId, blockId: block.id, at: now });
}
