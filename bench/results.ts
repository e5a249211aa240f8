/** The benchmark's figures: one record per figure, printed as a table and written as JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A limit from the issue: the value must lie within it (`min` only where a figure may also be too low). */
export interface Limit {
  max: number;
  min?: number;
}

export interface Figure {
  /** Orders the table: figures that belong together share a number. */
  n: number;
  id: string;
  /** The measured value; null when the figure could not be measured in this run. */
  value: number | null;
  unit: string;
  /** The limit, where it gives one. */
  limit?: Limit;
  /**
   * A promise to the person rather than a cost (a leak, script in an ordinary page, a request off the
   * device, a lost message): missing it makes `npm run bench` exit 1. Other limits are reported only.
   */
  hard?: boolean;
  /** Side figures a reader needs to judge the value (medians of both sides of a ratio, raw samples…). */
  detail?: Record<string, unknown>;
  /** How it was measured, in one or two sentences. */
  how: string;
}

/** The machine's load average (1, 5 and 15 minutes), as `os.loadavg()` gives it. */
export type LoadAverage = [number, number, number];

export interface Conditions {
  date: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    loadAverageAtStart: LoadAverage;
    loadAverageAtEnd?: LoadAverage;
    /** The 1-minute load average sampled every 10 s through the run. */
    loadDuringRun?: { samples: number; median: number; max: number };
  };
  chromium: string;
  node: string;
  extension: { path: string; version: string };
  repetitions: Record<string, number>;
  durationSeconds?: number;
}

/** Whether a figure meets its limit: null when the issue gives none or the figure was not measured. */
export function pass(f: Figure): boolean | null {
  if (f.limit === undefined || f.value === null) return null;
  return f.value <= f.limit.max && (f.limit.min === undefined || f.value >= f.limit.min);
}

/** The limit as the table and README write it. */
export function limitText(limit: Limit | undefined): string {
  if (!limit) return '—';
  const n = (x: number) => x.toLocaleString('en-US');
  if (limit.min === limit.max) return `= ${n(limit.max)}`;
  return limit.min === undefined ? `≤ ${n(limit.max)}` : `${n(limit.min)}–${n(limit.max)}`;
}

function show(value: number | null, unit: string): string {
  if (value === null) return 'not measured';
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'MB') return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

function verdict(f: Figure): string {
  if (f.value === null) return 'NOT MEASURED';
  const p = pass(f);
  if (p === null) return '';
  return p ? 'pass' : f.hard ? 'FAIL' : 'MISSED';
}

/** The figures as a fixed-width text table: value, unit, limit and whether it is met. */
export function table(figures: Figure[]): string {
  const rows = [...figures]
    .sort((a, b) => a.n - b.n)
    .map((f) => [String(f.n), f.id, show(f.value, f.unit), f.unit, limitText(f.limit), verdict(f)]);
  const head = ['#', 'figure', 'value', 'unit', 'limit', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The run's verdict: `exitCode` 1 when a hard limit is missed or a figure could not be measured
 * (the run is then incomplete), 0 otherwise; `missed` names every limit not met, hard or not.
 */
export function verdictOf(figures: Figure[]): { exitCode: 0 | 1; missed: string[]; notMeasured: string[] } {
  const missed = figures.filter((f) => pass(f) === false).map((f) => f.id);
  const notMeasured = figures.filter((f) => f.value === null).map((f) => f.id);
  const hardMissed = figures.some((f) => f.hard && pass(f) === false);
  return { exitCode: hardMissed || notMeasured.length > 0 ? 1 : 0, missed, notMeasured };
}

/**
 * Writes `{conditions, figures}` to `path`: each figure keyed by its id with its value, unit, limit
 * (null where the issue gives none) and `pass` (null where there is no limit or no value).
 */
export function writeJson(path: string, conditions: Conditions, figures: Figure[]): void {
  const byId = Object.fromEntries(
    [...figures]
      .sort((a, b) => a.n - b.n)
      .map((f) => [f.id, { ...f, limit: f.limit ?? null, hard: f.hard ?? false, pass: pass(f) }]),
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ conditions, figures: byId }, null, 2)}\n`);
}
