/** The benchmark's figures: one record per figure, printed as a table and written as JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Figure {
  /** The number for the figure (7 for `report_year_ms`). */
  n: number;
  id: string;
  value: number;
  unit: string;
  /** The limit (value must be ≤ max), where it gives one. */
  limit?: { max: number };
  /** Side figures a reader needs to judge the value (medians of both sides of a ratio, raw samples…). */
  detail?: Record<string, unknown>;
  /** How it was measured, in one or two sentences. */
  how: string;
}

export interface Conditions {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; loadAverageAtStart: number[] };
  chromium: string;
  node: string;
  extension: { path: string; version: string };
  repetitions: Record<string, number>;
  durationSeconds?: number;
}

/** Whether a figure meets its limit (true when the issue gives none). */
export function met(f: Figure): boolean {
  return f.limit === undefined || f.value <= f.limit.max;
}

function show(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

/** The figures as a fixed-width text table. */
export function table(figures: Figure[]): string {
  const rows = [...figures]
    .sort((a, b) => a.n - b.n)
    .map((f) => [
      String(f.n),
      f.id,
      show(f.value),
      f.unit,
      f.limit ? `≤ ${f.limit.max}` : '',
      f.limit ? (met(f) ? 'met' : 'MISSED') : '',
    ]);
  const head = ['#', 'figure', 'value', 'unit', 'limit', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes `{conditions, figures}` to `path`, each figure keyed by its id and carrying its limit verdict. */
export function writeJson(path: string, conditions: Conditions, figures: Figure[]): void {
  const byId = Object.fromEntries(
    [...figures].sort((a, b) => a.n - b.n).map((f) => [f.id, { ...f, ...(f.limit ? { limitMet: met(f) } : {}) }]),
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ conditions, figures: byId }, null, 2)}\n`);
}
