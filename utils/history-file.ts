/**
 * The history export/import file. Pure: text in, validated records out.
 * Every record is checked before anything is written, so a bad file changes nothing.
 * What is wrong is a Message (locales/en/history.json, `hist_*`), worded in the page that shows it.
 */
import type { AwaySpan } from './db';
import { MAX_MESSAGES_PER_INTERRUPTION } from './interruptions';
import type { FocusBlock, Interruption, InterruptionKind, ScheduleRule, SignalKind } from './model';
import { type Problem, validateRules } from './schedule-file';
import { MAX_WORK_RULES } from './settings';
import type { Message } from './wording';

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
  | { ok: false; error: Message };

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

/** A schedule problem as a message of its own: "rule 2: …" when it is about a rule. */
const ruleProblem = (problem: Problem): Message =>
  problem.rule === undefined ? problem : { key: 'sched_inRule', args: [problem.rule, problem] };

/** Checks the version 2 fields; both are optional, so a version 1 file reads as no hours, no away time. */
function parsePresence(file: { workHours?: unknown; away?: unknown }): HistoryPresence | Message {
  let workHours: ScheduleRule[] | null = null;
  if (file.workHours !== undefined) {
    const checked = validateRules(file.workHours, MAX_WORK_RULES);
    // The first problem says what to look at; a file with more is not one to mend by hand anyway.
    if (!checked.ok) return { key: 'hist_workHours', args: [ruleProblem(checked.problems[0]!)] };
    workHours = checked.rules;
  }
  const away: AwaySpan[] = [];
  if (file.away !== undefined) {
    if (!Array.isArray(file.away)) return { key: 'hist_notList', args: ['away'] };
    if (file.away.length > MAX_HISTORY_RECORDS) return { key: 'hist_tooManyAway', args: [MAX_HISTORY_RECORDS] };
    for (const [i, span] of file.away.entries()) {
      const s = span as Partial<AwaySpan> | null;
      if (typeof s !== 'object' || s === null || !isTime(s.start) || !isTime(s.end) || !(s.end > s.start))
        return { key: 'hist_awaySpan', args: [i + 1] };
      away.push({ start: s.start, end: s.end });
    }
  }
  return { workHours, away };
}

const isMessage = (value: object): value is Message => 'key' in value;

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

/**
 * A field check: null when the value is fine, else what the field must be, as a message that follows
 * the field's name ("'at' must be a time in milliseconds").
 */
type Check = (value: unknown) => Message | null;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIME;
const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const time: Check = (v) => (isTime(v) ? null : { key: 'hist_mustTime' });
const timeOrNull: Check = (v) => (v === null || isTime(v) ? null : { key: 'hist_mustTimeOrNull' });
const id: Check = (v) => (isId(v) ? null : { key: 'hist_mustId', args: [MAX_ID] });
const idOrNull: Check = (v) => (v === null || isId(v) ? null : { key: 'hist_mustIdOrNull', args: [MAX_ID] });
const bool: Check = (v) => (typeof v === 'boolean' ? null : { key: 'hist_mustBool' });
const isInt = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const int =
  (min: number, max: number): Check =>
  (v) =>
    isInt(v, min, max) ? null : { key: 'hist_mustInt', args: [min, max] };
// The values are the file's own words (JSON), so they stay as they are in every language.
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? null
      : { key: 'hist_mustOneOf', args: [values.map((x) => `"${x}"`).join(', ')] };
const appId: Check = (v) =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_APP_ID
    ? null
    : { key: 'hist_mustAppId', args: [MAX_APP_ID] };
const signals: Check = (v) =>
  Array.isArray(v) && v.length <= 50 && v.every((s) => SIGNALS.includes(s))
    ? null
    : { key: 'hist_mustSignals', args: [SIGNALS.join(', ')] };
const text: Check = (v) => {
  if (v === null) return null;
  const o = v as { title?: unknown; body?: unknown };
  const ok =
    typeof v === 'object' &&
    typeof o.title === 'string' &&
    typeof o.body === 'string' &&
    o.title.length <= MAX_TEXT &&
    o.body.length <= MAX_TEXT;
  return ok ? null : { key: 'hist_mustText', args: [MAX_TEXT] };
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
    : { key: 'hist_mustTally' };
};

// Typed as a Record over every field, so a new field in the model fails to compile here until it is checked.
const INTERRUPTION_FIELDS: Record<keyof Interruption, Check> = {
  id,
  at: time,
  lastAt: time,
  offsetMin: int(-840, 840),
  appId,
  tabId: (v) => (v === null || isInt(v, -1, Number.MAX_SAFE_INTEGER) ? null : { key: 'hist_mustTabId' }),
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
 * import never writes anything the schema does not describe). Returns the copy or what is wrong.
 */
function checkRecord<T>(value: unknown, fields: Record<keyof T & string, Check>, where: Message): T | Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { key: 'hist_recordNotObject', args: [where] };
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(fields) as Array<[string, Check]>) {
    if (source[name] === undefined) {
      if (isOptional(check)) continue;
      return { key: 'hist_fieldMissing', args: [where, name] };
    }
    const problem = check(source[name]);
    if (problem) return { key: 'hist_fieldInvalid', args: [where, name, problem] };
    copy[name] = source[name];
  }
  // Nested objects keep only their known fields as well.
  const note = copy.text as { title: string; body: string } | null | undefined;
  if (note) copy.text = { title: note.title, body: note.body };
  const counts = copy.tally as { notification: number; rise: number } | undefined;
  if (counts) copy.tally = { notification: counts.notification, rise: counts.rise };
  return copy as T;
}

/** Where a problem is: the n-th record of a kind, counted from 1 as a person reads a list. */
const interruptionRecord = (row: number): Message => ({ key: 'hist_interruptionRecord', args: [row] });
const blockRecord = (row: number): Message => ({ key: 'hist_blockRecord', args: [row] });

/** Checks records of one kind: each valid, ids unique, plus a per-kind cross-field rule. */
function checkList<T extends { id: string }>(
  list: unknown[],
  fields: Record<keyof T & string, Check>,
  label: (row: number) => Message,
  extra: (record: T, where: Message) => Message | null,
): T[] | Message {
  const out: T[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const where = label(i + 1);
    const record = checkRecord<T>(list[i], fields, where);
    if (isMessage(record as object)) return record as Message;
    const problem = extra(record as T, where);
    if (problem) return problem;
    const { id } = record as T;
    if (seen.has(id)) return { key: 'hist_idTwice', args: [where, id] };
    seen.add(id);
    out.push(record as T);
  }
  return out;
}

const notBefore = (where: Message, field: string, other: string): Message => ({
  key: 'hist_notBefore',
  args: [where, field, other],
});

/** Reads and validates a history file; says exactly what is wrong and where. */
export function parseHistoryFile(text: string): HistoryParse {
  const fail = (error: Message): HistoryParse => ({ ok: false, error });
  if (text.length > MAX_HISTORY_CHARS) return fail({ key: 'hist_tooBig', args: [MAX_HISTORY_CHARS / (1024 * 1024)] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The parser's own words (the browser's language, or English) say where the text breaks.
    return fail({ key: 'hist_notJson', args: [error instanceof Error ? error.message : String(error)] });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ key: 'hist_notObject' });
  const file = data as Partial<Record<keyof HistoryFile, unknown>>;
  if (file.format !== HISTORY_FORMAT) return fail({ key: 'hist_format', args: [HISTORY_FORMAT] });
  if (typeof file.version !== 'number' || !READABLE_VERSIONS.includes(file.version))
    return fail({
      key: 'hist_version',
      // Versions are numbered from 1 without gaps, so the newest names them all.
      args: [JSON.stringify(file.version) ?? String(file.version), Math.max(...READABLE_VERSIONS)],
    });
  if (!Array.isArray(file.interruptions)) return fail({ key: 'hist_notList', args: ['interruptions'] });
  if (!Array.isArray(file.blocks)) return fail({ key: 'hist_notList', args: ['blocks'] });
  const count = file.interruptions.length + file.blocks.length;
  // Always far more than one, so the message needs no singular.
  if (count > MAX_HISTORY_RECORDS) return fail({ key: 'hist_tooMany', args: [count, MAX_HISTORY_RECORDS] });

  const interruptions = checkList<Interruption>(
    file.interruptions,
    INTERRUPTION_FIELDS,
    interruptionRecord,
    (r, where) => (r.lastAt < r.at ? notBefore(where, 'lastAt', 'at') : null),
  );
  if (!Array.isArray(interruptions)) return fail(interruptions);
  const blocks = checkList<FocusBlock>(file.blocks, BLOCK_FIELDS, blockRecord, (r, where) =>
    r.end < r.start
      ? notBefore(where, 'end', 'start')
      : r.endedAt !== null && r.endedAt < r.start
        ? notBefore(where, 'endedAt', 'start')
        : null,
  );
  if (!Array.isArray(blocks)) return fail(blocks);
  const presence = parsePresence(file);
  if (isMessage(presence)) return fail(presence);
  return { ok: true, interruptions, blocks, ...presence };
}

/** What an import adds once checked against what is stored: only records whose ids are new. */
export type ImportPlan =
  | { ok: true; interruptions: Interruption[]; blocks: FocusBlock[] }
  | { ok: false; error: Message };

// The machine's own notation, as the file writes times: the person compares it with the clock.
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
  const fail = (error: Message): ImportPlan => ({ ok: false, error });
  const storedIds = new Set(stored.blocks.map((b) => b.id));
  const fresh: Array<{ block: FocusBlock; row: number }> = [];
  for (let i = 0; i < parsed.blocks.length; i++) {
    const block = parsed.blocks[i]!;
    if (storedIds.has(block.id)) continue;
    const where = blockRecord(i + 1);
    if (block.endedAt === null) return fail({ key: 'hist_notEnded', args: [where] });
    if (block.start > now || block.endedAt > now)
      return fail({
        key: block.start > now ? 'hist_startsAfterNow' : 'hist_endsAfterNow',
        args: [where, when(Math.max(block.start, block.endedAt))],
      });
    fresh.push({ block, row: i + 1 });
  }
  // Blocks occupy [start, endedAt); the running one (no end yet) occupies everything from its start.
  // An empty block (ended as it started) occupies nothing and overlaps nothing.
  type Span = { start: number; end: number; overlaps: Message; row?: number };
  const spans: Span[] = [
    ...stored.blocks.map((b) => ({
      start: b.start,
      end: b.endedAt ?? Number.POSITIVE_INFINITY,
      overlaps:
        b.endedAt === null
          ? { key: 'hist_overlapsRunning' as const }
          : { key: 'hist_overlapsStored' as const, args: [b.id] },
    })),
    ...fresh.map(({ block, row }) => ({
      start: block.start,
      end: block.endedAt!,
      overlaps: { key: 'hist_overlapsRecord' as const, args: [row] },
      row,
    })),
  ]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // Sorted by start, a span overlaps an earlier one exactly when it starts before the furthest end so far.
  let furthest: Span | undefined;
  for (const span of spans) {
    if (furthest && span.start < furthest.end && (span.row !== undefined || furthest.row !== undefined)) {
      const [imported, other] = span.row !== undefined ? [span, furthest] : [furthest, span];
      return fail({ ...other.overlaps, args: [blockRecord(imported.row!), ...(other.overlaps.args ?? [])] });
    }
    if (!furthest || span.end > furthest.end) furthest = span;
  }
  const running = stored.blocks.find((b) => b.endedAt === null);
  const interruptions: Interruption[] = [];
  for (let i = 0; i < parsed.interruptions.length; i++) {
    const record = parsed.interruptions[i]!;
    if (stored.interruptionIds.has(record.id)) continue;
    if (running && record.blockId === running.id)
      return fail({ key: 'hist_belongsToRunning', args: [interruptionRecord(i + 1)] });
    interruptions.push(record);
  }
  return { ok: true, interruptions, blocks: fresh.map((f) => f.block) };
}
