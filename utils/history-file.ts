/**
 * The history export/import file. Pure: text in, validated records out.
 * Every record is checked before anything is written, so a bad file changes nothing.
 */
import type { AwaySpan } from './db';
import { MAX_MESSAGES_PER_INTERRUPTION } from './interruptions';
import type { FocusBlock, Interruption, InterruptionKind, ScheduleRule, SignalKind } from './model';
import { validateRules } from './schedule-file';
import { MAX_WORK_RULES } from './settings';

export const HISTORY_FORMAT = 'heads-down-history';
/** Version 2 adds working hours and presence (issue 15); version 1 files are still read. */
export const HISTORY_VERSION = 2;
export const READABLE_VERSIONS: readonly number[] = [1, 2];
/** More records than a decade of heavy use; a bigger file is not ours or is damaged. */
export const MAX_HISTORY_RECORDS = 500_000;
export const MAX_HISTORY_CHARS = 50 * 1024 * 1024;

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  exportedAt: number;
  interruptions: Interruption[];
  blocks: FocusBlock[];
  /** The working hours the figures were computed with (version 2; absent in version 1). */
  workHours?: ScheduleRule[];
  /** When the person was away (version 2; absent in version 1). */
  away?: AwaySpan[];
}

/** What a version 2 file adds: working hours (null when the file has none) and away spans. */
export interface HistoryPresence {
  workHours: ScheduleRule[] | null;
  away: AwaySpan[];
}

export type HistoryParse =
  | ({ ok: true; interruptions: Interruption[]; blocks: FocusBlock[] } & HistoryPresence)
  | { ok: false; error: string };

/** The history as the JSON text of a heads-down-history file; `extra` may add fields (a week's figures). */
export function serializeHistory(
  interruptions: readonly Interruption[],
  blocks: readonly FocusBlock[],
  nowMs: number,
  presence: { workHours?: ScheduleRule[]; away?: readonly AwaySpan[] } = {},
  extra: Record<string, unknown> = {},
): string {
  const file: HistoryFile = {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: nowMs,
    interruptions: [...interruptions],
    blocks: [...blocks],
    ...(presence.workHours ? { workHours: presence.workHours } : {}),
    away: [...(presence.away ?? [])],
  };
  return JSON.stringify({ ...file, ...extra });
}

/** Checks the version 2 fields; both are optional, so a version 1 file reads as no hours, no away time. */
function parsePresence(file: { workHours?: unknown; away?: unknown }): HistoryPresence | string {
  let workHours: ScheduleRule[] | null = null;
  if (file.workHours !== undefined) {
    const checked = validateRules(file.workHours, MAX_WORK_RULES);
    if (!checked.ok) return `'workHours': not a valid list of working hours (${checked.problems.length} problems)`;
    workHours = checked.rules;
  }
  const away: AwaySpan[] = [];
  if (file.away !== undefined) {
    if (!Array.isArray(file.away)) return "'away' must be a list.";
    if (file.away.length > MAX_HISTORY_RECORDS) return `'away' holds more than ${MAX_HISTORY_RECORDS} spans.`;
    for (const [i, span] of file.away.entries()) {
      const s = span as Partial<AwaySpan> | null;
      if (typeof s !== 'object' || s === null || !isTime(s.start) || !isTime(s.end) || !(s.end > s.start))
        return `Away record ${i + 1}: must be {start, end} times in milliseconds with 'end' after 'start'.`;
      away.push({ start: s.start, end: s.end });
    }
  }
  return { workHours, away };
}

const KINDS: readonly InterruptionKind[] = ['delivered', 'held', 'breakthrough', 'peek'];
const SIGNALS: readonly SignalKind[] = ['notification', 'title', 'favicon', 'sound'];
const STATES: readonly Interruption['state'][] = ['pending', 'released', 'opened', 'dismissed'];
const ORIGINS: readonly FocusBlock['origin'][] = ['schedule', 'manual'];
/** The largest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;
const MAX_ID = 200;
/** Long enough for `custom:` + any real origin. */
const MAX_APP_ID = 300;
const MAX_TEXT = 10_000;

/** A field check: an error phrase (after "'field' must …") or null when the value is fine. */
type Check = (value: unknown) => string | null;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
const time: Check = (v) => (isTime(v) ? null : 'be a time in milliseconds');
const timeOrNull: Check = (v) => (v === null || isTime(v) ? null : 'be a time in milliseconds or null');
const id: Check = (v) =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID ? null : `be a text id of 1 to ${MAX_ID} characters`;
const idOrNull: Check = (v) => (v === null ? null : id(v) && `${id(v)} or null`);
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'be true or false');
const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `be a whole number from ${min} to ${max}`;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `be one of ${values.map((x) => `"${x}"`).join(', ')}`;
const appId: Check = (v) =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_APP_ID
    ? null
    : `be an app id of 1 to ${MAX_APP_ID} characters`;
const signals: Check = (v) =>
  Array.isArray(v) && v.length <= 50 && v.every((s) => SIGNALS.includes(s))
    ? null
    : `be a list of signal kinds (${SIGNALS.join(', ')})`;
const text: Check = (v) => {
  if (v === null) return null;
  const o = v as { title?: unknown; body?: unknown };
  const ok =
    typeof v === 'object' &&
    typeof o.title === 'string' &&
    typeof o.body === 'string' &&
    o.title.length <= MAX_TEXT &&
    o.body.length <= MAX_TEXT;
  return ok ? null : `be null or {title, body} texts of at most ${MAX_TEXT} characters`;
};

/** Marks a field that older records may lack; absent (or undefined) is fine, anything else is checked. */
const optional = (check: Check): Check => Object.assign((v: unknown) => check(v), { optional: true });
const isOptional = (check: Check) => 'optional' in check;
// The same ceiling the product saturates at when it counts (utils/interruptions.ts).
const wholeCount = int(0, MAX_MESSAGES_PER_INTERRUPTION);
const tally: Check = (v) => {
  const o = v as { notification?: unknown; rise?: unknown };
  return typeof v === 'object' && v !== null && !wholeCount(o.notification) && !wholeCount(o.rise)
    ? null
    : 'be {notification, rise} whole numbers of at least 0';
};

// Typed as a Record over every field, so a new field in the model fails to compile here until it is checked.
const INTERRUPTION_FIELDS: Record<keyof Interruption, Check> = {
  id,
  at: time,
  lastAt: time,
  offsetMin: int(-840, 840),
  appId,
  tabId: (v) => (v === null ? null : int(-1, Number.MAX_SAFE_INTEGER)(v) && 'be a tab number or null'),
  kind: oneOf(KINDS),
  messages: wholeCount,
  signals,
  blockId: idOrNull,
  text,
  state: oneOf(STATES),
  tally: optional(tally),
};

const BLOCK_FIELDS: Record<keyof FocusBlock, Check> = {
  id,
  start: time,
  end: time,
  endedAt: timeOrNull,
  origin: oneOf(ORIGINS),
  endedEarly: bool,
  strict: bool,
  digestShown: bool,
  lastBatchAt: optional(time),
};

/**
 * Checks one record field by field and copies only the known fields (unknown ones are dropped, so an
 * import never writes anything the schema does not describe). Returns the copy or the error text.
 */
function checkRecord<T>(value: unknown, fields: Record<keyof T & string, Check>, where: string): T | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where}: must be an object`;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(fields) as Array<[string, Check]>) {
    if (source[name] === undefined) {
      if (isOptional(check)) continue;
      return `${where}: '${name}' is missing`;
    }
    const problem = check(source[name]);
    if (problem) return `${where}: '${name}' must ${problem}`;
    copy[name] = source[name];
  }
  // Nested objects keep only their known fields as well.
  const note = copy.text as { title: string; body: string } | null | undefined;
  if (note) copy.text = { title: note.title, body: note.body };
  const counts = copy.tally as { notification: number; rise: number } | undefined;
  if (counts) copy.tally = { notification: counts.notification, rise: counts.rise };
  return copy as T;
}

/** Checks records of one kind: each valid, ids unique, plus a per-kind cross-field rule. */
function checkList<T extends { id: string }>(
  list: unknown[],
  fields: Record<keyof T & string, Check>,
  label: string,
  extra: (record: T) => string | null,
): T[] | string {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    // Counted from 1, as a person reads a list.
    const where = `${label} record ${i + 1}`;
    const record = checkRecord<T>(list[i], fields, where);
    if (typeof record === 'string') return record;
    const problem = extra(record);
    if (problem) return `${where}: ${problem}`;
    if (seen.has(record.id)) return `${where}: id "${record.id}" appears twice`;
    seen.add(record.id);
    out.push(record);
  }
  return out;
}

/** Reads and validates a history file; says exactly what is wrong and where. */
export function parseHistoryFile(text: string): HistoryParse {
  const fail = (error: string): HistoryParse => ({ ok: false, error });
  if (text.length > MAX_HISTORY_CHARS) return fail('The file is larger than 50 MB; it is not a Heads Down history.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('The file must hold a JSON object.');
  const file = data as Partial<Record<keyof HistoryFile, unknown>>;
  if (file.format !== HISTORY_FORMAT)
    return fail(`'format' must be "${HISTORY_FORMAT}"; this is not a Heads Down history.`);
  if (typeof file.version !== 'number' || !READABLE_VERSIONS.includes(file.version))
    return fail(
      `'version' ${JSON.stringify(file.version)} is not supported; this version reads versions ${READABLE_VERSIONS.join(' and ')}.`,
    );
  if (!Array.isArray(file.interruptions)) return fail("'interruptions' must be a list.");
  if (!Array.isArray(file.blocks)) return fail("'blocks' must be a list.");
  const count = file.interruptions.length + file.blocks.length;
  if (count > MAX_HISTORY_RECORDS)
    return fail(`The file holds ${count} records; at most ${MAX_HISTORY_RECORDS} can be imported.`);

  const interruptions = checkList<Interruption>(file.interruptions, INTERRUPTION_FIELDS, 'Interruption', (r) =>
    r.lastAt < r.at ? "'lastAt' must not be before 'at'" : null,
  );
  if (typeof interruptions === 'string') return fail(`${interruptions}.`);
  const blocks = checkList<FocusBlock>(file.blocks, BLOCK_FIELDS, 'Block', (r) =>
    r.end < r.start
      ? "'end' must not be before 'start'"
      : r.endedAt !== null && r.endedAt < r.start
        ? "'endedAt' must not be before 'start'"
        : null,
  );
  if (typeof blocks === 'string') return fail(`${blocks}.`);
  const presence = parsePresence(file);
  if (typeof presence === 'string') return fail(presence);
  return { ok: true, interruptions, blocks, ...presence };
}

/** What an import adds once checked against what is stored: only records whose ids are new. */
export type ImportPlan =
  | { ok: true; interruptions: Interruption[]; blocks: FocusBlock[] }
  | { ok: false; error: string };

const when = (ms: number) => new Date(ms).toISOString();

/**
 * Checks parsed records against reality before anything is written (SPEC §7): a block must be
 * finished, must not start or end after `now`, and must not overlap another imported block, a
 * stored block or the running one (a stored block with no end runs from its start on). So an
 * imported block can never become, hide or end the running block. Records whose id is already
 * stored are left out (an import never overwrites) and need no check. An interruption must not
 * belong to the running block: what that block holds is the background's alone.
 */
export function planImport(
  parsed: { interruptions: readonly Interruption[]; blocks: readonly FocusBlock[] },
  stored: { blocks: readonly FocusBlock[]; interruptionIds: ReadonlySet<string> },
  now: number,
): ImportPlan {
  const fail = (error: string): ImportPlan => ({ ok: false, error });
  const storedIds = new Set(stored.blocks.map((b) => b.id));
  const fresh: Array<{ block: FocusBlock; row: number }> = [];
  for (let i = 0; i < parsed.blocks.length; i++) {
    const block = parsed.blocks[i]!;
    if (storedIds.has(block.id)) continue;
    const where = `Block record ${i + 1}`;
    if (block.endedAt === null)
      return fail(`${where}: it has not ended ('endedAt' is null); only finished blocks can be imported.`);
    if (block.start > now || block.endedAt > now)
      return fail(
        `${where}: it ${block.start > now ? 'starts' : 'ends'} after now (${when(Math.max(block.start, block.endedAt))}); is this computer's clock right?`,
      );
    fresh.push({ block, row: i + 1 });
  }
  // Blocks occupy [start, endedAt); the running one (no end yet) occupies everything from its start.
  // An empty block (ended as it started) occupies nothing and overlaps nothing.
  type Span = { start: number; end: number; label: string; row?: number };
  const spans: Span[] = [
    ...stored.blocks.map((b) => ({
      start: b.start,
      end: b.endedAt ?? Number.POSITIVE_INFINITY,
      label: b.endedAt === null ? 'the running block' : `the stored block "${b.id}"`,
    })),
    ...fresh.map(({ block, row }) => ({ start: block.start, end: block.endedAt!, label: `block record ${row}`, row })),
  ]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // Sorted by start, a span overlaps an earlier one exactly when it starts before the furthest end so far.
  let furthest: Span | undefined;
  for (const span of spans) {
    if (furthest && span.start < furthest.end && (span.row !== undefined || furthest.row !== undefined)) {
      const [imported, other] = span.row !== undefined ? [span, furthest] : [furthest, span];
      return fail(`Block record ${imported.row}: it overlaps ${other.label}.`);
    }
    if (!furthest || span.end > furthest.end) furthest = span;
  }
  const running = stored.blocks.find((b) => b.endedAt === null);
  const interruptions: Interruption[] = [];
  for (let i = 0; i < parsed.interruptions.length; i++) {
    const record = parsed.interruptions[i]!;
    if (stored.interruptionIds.has(record.id)) continue;
    if (running && record.blockId === running.id)
      return fail(`Interruption record ${i + 1}: it belongs to the running block.`);
    interruptions.push(record);
  }
  return { ok: true, interruptions, blocks: fresh.map((f) => f.block) };
}
