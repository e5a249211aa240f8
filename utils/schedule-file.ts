/**
 * The schedule export/import file: parse, validate everything, serialize. Nothing is written
 * until the whole file is known to be good, so the result is all-or-nothing.
 */
import type { ScheduleFile, ScheduleRule, Weekday } from './model';
import { parseClock } from './schedule';
import { isValidZone } from './wall-clock';
import { type Message, say, type Wording } from './wording';

/**
 * One thing wrong with a schedule, as a message key (locales/en/common.json, `sched_*`) and its
 * values, worded where it is shown; `rule` is the 1-based rule it is about, if any.
 */
export interface Problem extends Message {
  rule?: number;
}

export type ScheduleFileResult = { ok: true; file: ScheduleFile } | { ok: false; problems: Problem[] };

export const MAX_RULES = 50;
export const MAX_FILE_BYTES = 100 * 1024;
/** At most this many problems are listed; the rest would only bury the first ones. */
const MAX_ERRORS = 10;

const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FILE_KEYS = ['format', 'version', 'rules'];
const RULE_KEYS = ['days', 'start', 'end', 'zone'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

function extraKeys(obj: Record<string, unknown>, allowed: string[]): string[] {
  return Object.keys(obj).filter((k) => !allowed.includes(k));
}

function checkDays(days: unknown, rule: number, errors: Problem[]): void {
  if (!Array.isArray(days)) {
    errors.push({ key: 'sched_daysNotList', rule });
    return;
  }
  if (days.length === 0) errors.push({ key: 'sched_daysEmpty', rule });
  const seen = new Set<unknown>();
  days.forEach((d, i) => {
    if (typeof d !== 'string' || !DAYS.includes(d as Weekday)) {
      errors.push({ key: 'sched_dayUnknown', args: [i, show(d), DAYS.join(', ')], rule });
    } else if (seen.has(d)) {
      errors.push({ key: 'sched_dayTwice', args: [d], rule });
    }
    seen.add(d);
  });
}

function checkTime(value: unknown, field: 'start' | 'end', rule: number, errors: Problem[]): number | null {
  if (typeof value !== 'string') {
    errors.push({ key: 'sched_timeNotText', args: [field, show(value)], rule });
    return null;
  }
  const minutes = parseClock(value);
  if (minutes === null) errors.push({ key: 'sched_timeInvalid', args: [field, value], rule });
  return minutes;
}

function checkRule(value: unknown, index: number, errors: Problem[]): void {
  const rule = index + 1;
  if (!isObject(value)) {
    errors.push({ key: 'sched_ruleNotObject', rule });
    return;
  }
  for (const key of extraKeys(value, RULE_KEYS)) errors.push({ key: 'sched_unknownField', args: [key], rule });
  for (const key of RULE_KEYS) if (!(key in value)) errors.push({ key: 'sched_fieldMissing', args: [key], rule });
  if ('days' in value) checkDays(value.days, rule, errors);
  const start = 'start' in value ? checkTime(value.start, 'start', rule, errors) : null;
  const end = 'end' in value ? checkTime(value.end, 'end', rule, errors) : null;
  if (start !== null && start === end) errors.push({ key: 'sched_sameStartEnd', rule });
  if ('zone' in value) {
    const zone = value.zone;
    if (typeof zone !== 'string') errors.push({ key: 'sched_zoneNotText', args: [show(zone)], rule });
    else if (zone !== 'local' && !isValidZone(zone)) errors.push({ key: 'sched_zoneUnknown', args: [zone], rule });
  }
}

function checkRules(value: unknown, max: number, errors: Problem[]): void {
  if (!Array.isArray(value)) errors.push({ key: 'sched_rulesNotList' });
  else if (value.length > max) errors.push({ key: 'sched_tooManyRules', args: [value.length, max] });
  else for (const [i, rule] of value.entries()) checkRule(rule, i, errors);
}

/** Checks a list of rules (a schedule's, or working hours'); lists what is wrong, by rule and field. */
export function validateRules(
  value: unknown,
  max = MAX_RULES,
): { ok: true; rules: ScheduleRule[] } | { ok: false; problems: Problem[] } {
  const errors: Problem[] = [];
  checkRules(value, max, errors);
  if (errors.length > 0) return { ok: false, problems: errors };
  return {
    ok: true,
    rules: (value as ScheduleRule[]).map((r) => ({ days: [...r.days], start: r.start, end: r.end, zone: r.zone })),
  };
}

/** One problem in words: "rule 2: …" when it is about a rule, unless `withRule` is false. */
export function problemText(problem: Problem, wording: Pick<Wording, 't'>, withRule = true): string {
  const text = say(wording, problem);
  return withRule && problem.rule !== undefined ? wording.t('sched_inRule', problem.rule, text) : text;
}

/** The problems in words, the first ten, then how many more. */
export function problemsText(problems: readonly Problem[], wording: Pick<Wording, 't'>): string {
  const listed = problems
    .slice(0, MAX_ERRORS)
    .map((p) => problemText(p, wording))
    .join(wording.t('sched_separator'));
  return problems.length > MAX_ERRORS ? wording.t('sched_andMore', listed, problems.length - MAX_ERRORS) : listed;
}

/** Checks that `value` is a complete, correct schedule file; lists what is wrong, by rule and field. */
export function validateSchedule(value: unknown): ScheduleFileResult {
  if (!isObject(value)) return { ok: false, problems: [{ key: 'sched_notObject' }] };
  const errors: Problem[] = [];
  for (const key of extraKeys(value, FILE_KEYS)) errors.push({ key: 'sched_unknownField', args: [key] });
  if (value.format !== 'heads-down-schedule') errors.push({ key: 'sched_format', args: [show(value.format)] });
  if (value.version !== 1) errors.push({ key: 'sched_version', args: [show(value.version)] });
  checkRules(value.rules, MAX_RULES, errors);
  if (errors.length > 0) return { ok: false, problems: errors };
  // Rebuild from known fields only, so the stored value is exactly the validated shape.
  const clean: ScheduleRule[] = (value.rules as ScheduleRule[]).map((r) => ({
    days: [...r.days],
    start: r.start,
    end: r.end,
    zone: r.zone,
  }));
  return { ok: true, file: { format: 'heads-down-schedule', version: 1, rules: clean } };
}

/** Parses and validates the text of a schedule file. */
export function parseScheduleFile(text: string): ScheduleFileResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ key: 'sched_tooBig', args: [Math.ceil(bytes / 1024)] }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ key: 'sched_notJson', args: [(e as Error).message] }] };
  }
  return validateSchedule(value);
}

/** The file's text: pretty JSON with a final newline. */
export function serializeScheduleFile(file: ScheduleFile): string {
  const rules = file.rules.map((r) => ({ days: r.days, start: r.start, end: r.end, zone: r.zone }));
  return `${JSON.stringify({ format: file.format, version: file.version, rules }, null, 2)}\n`;
}
