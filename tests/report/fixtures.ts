/** Record builders for the report tests: every field set, so tests only say what matters. */
import type { FocusBlock, Interruption } from '@/utils/model';

let counter = 0;

/** One interruption at `at`, delivered from Slack unless told otherwise. */
export function interruption(at: number, over: Partial<Interruption> = {}): Interruption {
  counter++;
  return {
    id: `i${counter}`,
    at,
    lastAt: at,
    offsetMin: 0,
    appId: 'slack',
    tabId: 1,
    kind: 'delivered',
    messages: 1,
    signals: ['title'],
    blockId: null,
    text: null,
    state: 'released',
    ...over,
  };
}

/** One finished focus block from `start` to `end`. */
export function block(start: number, end: number, over: Partial<FocusBlock> = {}): FocusBlock {
  counter++;
  return {
    id: `b${counter}`,
    start,
    end,
    endedAt: end,
    origin: 'schedule',
    endedEarly: false,
    strict: false,
    digestShown: true,
    ...over,
  };
}
