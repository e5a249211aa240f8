/** Small statistics and sizing helpers shared by the benchmark's figures. */
import { gzipSync } from 'node:zlib';

/** The median of `xs` (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Rounds to `digits` decimals, for the JSON (raw samples keep their precision). */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Bytes of `text` gzipped at the default level, as a server or store would send it. */
export function gzBytes(text: string | Buffer): number {
  return gzipSync(text).length;
}

/** UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Runs `a` and `b` alternately `runs` times each (a, b, b, a, a, b…), so drift in the machine's load
 * falls on both sides alike, and returns both sample lists.
 */
export async function sideBySide(
  runs: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ([a, b] as const) : ([b, a] as const);
    for (const fn of order) (fn === a ? out.a : out.b).push(await fn());
  }
  return out;
}

/** Median-of-a over median-of-b, with both medians and the raw samples for the JSON. */
export function ratioOf(samples: { a: number[]; b: number[] }, unit: string) {
  const ma = median(samples.a);
  const mb = median(samples.b);
  return {
    value: round(ma / mb),
    detail: {
      medianWith: round(ma),
      medianWithout: round(mb),
      sampleUnit: unit,
      samplesWith: samples.a.map((x) => round(x)),
      samplesWithout: samples.b.map((x) => round(x)),
    },
  };
}

/**
 * One unmeasured call of each side first (the first pays for start-up: a browser's first
 * navigation, the JIT), then `a` and `b` alternately `runs` times each, as ratioOf.
 */
export async function warmedRatio(runs: number, a: () => Promise<number>, b: () => Promise<number>, unit: string) {
  await a();
  await b();
  return ratioOf(await sideBySide(runs, a, b), unit);
}

/** An alarm as `chrome.alarms.getAll()` lists it. */
export interface PendingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** Alarms that would fire in the hour after `now`: a repeating one 60 / its period, a one-off one due by then 1. */
export function alarmsPerHour(alarms: PendingAlarm[], now: number): number {
  return alarms.reduce((sum, a) => {
    if (a.periodInMinutes) return sum + 60 / a.periodInMinutes;
    return sum + (a.scheduledTime <= now + 3_600_000 ? 1 : 0);
  }, 0);
}
