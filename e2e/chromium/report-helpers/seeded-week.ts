/**
 * A known week of focus blocks and interruptions, generated from a seeded PRNG in Berlin wall-clock
 * terms: blocks on several days (one running in from the week before, one across midnight, one
 * across the week's end, overlapping and touching ones, one ended early), interruptions of every
 * kind across apps and hours, in and out of focus, on block edges, and a few outside the week.
 */
import type { FocusBlock, Interruption, InterruptionKind } from '../../../utils/model';
import { addDays, type DateKey, offsetMin, on } from './berlin';

/** mulberry32: small, fast, and the same sequence on every run for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A custom site, to see the report name it by its host. */
export const CUSTOM_APP = 'custom:https://chat.example.org';
export const APPS = ['gmail', 'slack', 'discord', 'whatsapp', 'teams', CUSTOM_APP] as const;

export interface SeededWeek {
  /** Monday the week starts on (the test opens the report with Monday-first weeks). */
  weekStart: DateKey;
  blocks: FocusBlock[];
  interruptions: Interruption[];
}

let serial = 0;

/** One block record as the background stores it once over. */
export function block(
  start: number,
  end: number,
  endedAt = end,
  origin: FocusBlock['origin'] = 'schedule',
): FocusBlock {
  return {
    id: `blk-${++serial}`,
    start,
    end,
    endedAt,
    origin,
    endedEarly: endedAt < end,
    strict: false,
    digestShown: true,
  };
}

/** One interruption record; `blocks` gives its blockId. */
export function interruption(
  atMs: number,
  kind: InterruptionKind,
  appId: string,
  messages: number,
  blocks: FocusBlock[],
): Interruption {
  const inside = blocks.find((b) => atMs >= b.start && atMs < (b.endedAt ?? b.end));
  const n = kind === 'peek' ? 0 : messages;
  return {
    id: `int-${++serial}`,
    at: atMs,
    lastAt: atMs + (kind === 'peek' ? 0 : 4_000),
    offsetMin: offsetMin(atMs),
    appId,
    tabId: 100 + (serial % 17),
    kind,
    messages: n,
    signals: kind === 'peek' ? [] : ['notification', 'title'],
    blockId: inside?.id ?? null,
    text: null,
    state: kind === 'held' ? 'released' : 'opened',
    tally: { notification: n, rise: n },
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function kindInFocus(rand: () => number): InterruptionKind {
  const x = rand();
  return x < 0.55 ? 'held' : x < 0.7 ? 'breakthrough' : x < 0.85 ? 'peek' : 'delivered';
}

/** The seeded week of Monday 16 November 2026 (all in winter time). */
export function seededWeek(seed = 0x6ead5d0e): SeededWeek {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const weekStart = '2026-11-16';
  const day = (i: number) => addDays(weekStart, i);
  const blocks: FocusBlock[] = [
    block(on(day(-1), 23, 10), on(day(0), 0, 40), on(day(0), 0, 40), 'manual'), // runs in from last week
    block(on(day(3), 22, 30), on(day(4), 1, 15), on(day(4), 1, 15), 'manual'), // across midnight
    block(on(day(6), 23, 30), on(day(7), 0, 30)), // across the week's end
    block(on(day(2), 10, 30), on(day(2), 12, 15), on(day(2), 12, 15), 'manual'), // overlaps Wednesday's morning
    block(on(day(3), 14, 0), on(day(3), 15, 0)), // touches the next one
    block(on(day(3), 15, 0), on(day(3), 15, 40), on(day(3), 15, 40), 'manual'),
    block(on(day(4), 15, 0), on(day(4), 17, 0), on(day(4), 16, 20)), // ended early
  ];
  for (let d = 0; d < 5; d++) {
    const start = on(day(d), 9, int(0, 30), 0);
    blocks.push(block(start, start + int(60, 150) * 60_000));
  }
  blocks.push(block(on(day(1), 14, int(0, 20)), on(day(1), 15, int(30, 59))));
  blocks.push(block(on(day(6), 20, 0), on(day(6), 21, int(0, 45))));

  const interruptions: Interruption[] = [];
  const add = (atMs: number, kind: InterruptionKind, appId = pick(rand, APPS)) =>
    interruptions.push(interruption(atMs, kind, appId, int(1, 5), blocks));

  // In focus: a few per block, at whole seconds.
  for (const b of blocks) {
    const end = b.endedAt ?? b.end;
    const n = int(3, 8);
    for (let i = 0; i < n; i++) add(b.start + int(1, Math.floor((end - b.start) / 1000) - 1) * 1000, kindInFocus(rand));
  }
  // Out of focus, every day: mostly delivered (nothing holds them), the odd held one.
  for (let d = 0; d < 7; d++) {
    const n = int(6, 12);
    for (let i = 0; i < n; i++) {
      const t = on(day(d), int(7, 22), int(0, 59), int(0, 59));
      add(t, rand() < 0.9 ? 'delivered' : 'held');
    }
  }
  // Edges: a block's first instant is in focus, its end is not; local midnight starts a day.
  const wed = blocks[3]!;
  add(wed.start, 'breakthrough', 'slack');
  add(blocks[6]!.endedAt!, 'delivered', 'teams');
  add(on(day(1), 0, 0, 0), 'delivered', 'whatsapp');
  add(on(day(6), 23, 59, 59), 'held', CUSTOM_APP);
  // Outside the week on both sides, inside the blocks that cross its edges: never counted.
  add(on(day(-1), 23, 50), 'held', 'gmail');
  add(on(day(-1), 23, 55), 'breakthrough', 'gmail');
  add(on(day(7), 0, 10), 'peek', 'slack');
  add(on(day(7), 0, 20), 'delivered', 'discord');
  return { weekStart, blocks, interruptions };
}
