/** Loads the title corpus fixture and scores readUnread/maskTitle per app (used by title.test.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskTitle, readUnread } from '@/utils/title';

export interface CorpusRow {
  app: string;
  title: string;
  kind: 'count' | 'marker' | 'none';
  /** The count meant; for rows with unreadIsLowerBound, the smallest number a capped `999+` can mean. */
  unread: number | null;
  unreadIsLowerBound?: boolean;
}

// A copy kept in the repository (provenance in tests/fixtures/README.md), so a bare clone can run it.
const CORPUS = fileURLToPath(new URL('./fixtures/corpus-titles.json', import.meta.url));

/** Every row of tests/fixtures/corpus-titles.json. */
export function loadCorpus(path = CORPUS): CorpusRow[] {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusRow[];
}

/** True when the reading matches the row: same kind, and for counts the same number. */
export function readsRight(row: CorpusRow): boolean {
  const got = readUnread(row.app, row.title);
  return got.kind === row.kind && (row.kind !== 'count' || got.count === row.unread);
}

/** True when the masked title reads as nothing, and a title with nothing to mask is left untouched. */
export function masksRight(row: CorpusRow): boolean {
  const masked = maskTitle(row.app, row.title);
  if (row.kind === 'none') return masked === row.title;
  return readUnread(row.app, masked).kind === 'none';
}

export interface AppScore {
  app: string;
  rows: number;
  read: number;
  masked: number;
  accuracy: string;
}

/** Per-app counts of rows read and masked right, with reading accuracy as a percentage. */
export function accuracyByApp(rows: readonly CorpusRow[]): AppScore[] {
  const byApp = new Map<string, AppScore>();
  for (const row of rows) {
    const score = byApp.get(row.app) ?? { app: row.app, rows: 0, read: 0, masked: 0, accuracy: '' };
    score.rows++;
    if (readsRight(row)) score.read++;
    if (masksRight(row)) score.masked++;
    byApp.set(row.app, score);
  }
  const scores = [...byApp.values()];
  for (const s of scores) s.accuracy = `${((100 * s.read) / s.rows).toFixed(0)}%`;
  return scores;
}
