/**
 * The schedule export/import file: parse, validate everything, serialize. Nothing is written
 * until the whole file is known to be good, so the result is all-or-nothing.
 */
import type { ScheduleFile, ScheduleRule, Weekday } from './model';
import { parseClock } from './schedule';
import { isValidZone } from './wall-clock';

export type ScheduleFileResult = { ok: true; file: ScheduleFile } | { ok: false; error: string };

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

function checkDays(days: unknown, at: string, errors: string[]): void {
  if (!Array.isArray(days)) {
    errors.push(`${at}: "days" must be a list such as ["mon", "tue"]`);
    return;
  }
  if (days.length === 0) errors.push(`${at}: "days" is empty; list at least one day`);
  const seen = new Set<unknown>();
  days.forEach((d, i) => {
    if (typeof d !== 'string' || !DAYS.includes(d as Weekday)) {
      errors.push(`${at}: days[${i}] is ${show(d)}, not a day name (use ${DAYS.join(', ')})`);
    } else if (seen.has(d)) {
      errors.push(`${at}: "days" lists "${d}" twice`);
    }
    seen.add(d);
  });
}

function checkTime(value: unknown, field: 'start' | 'end', at: string, errors: string[]): number | null {
  if (typeof value !== 'string') {
    errors.push(`${at}: "${field}" must be a time written "HH:MM", not ${show(value)}`);
    return null;
  }
  const minutes = parseClock(value);
  if (minutes === null) errors.push(`${at}: "${field}" is "${value}", not a time from 00:00 to 23:59 written "HH:MM"`);
  return minutes;
}

function checkRule(rule: unknown, index: number, errors: string[]): void {
  const at = `rule ${index + 1}`;
  if (!isObject(rule)) {
    errors.push(`${at} must be an object with days, start, end and zone`);
    return;
  }
  for (const key of extraKeys(rule, RULE_KEYS)) errors.push(`${at}: unknown field "${key}"`);
  for (const key of RULE_KEYS) if (!(key in rule)) errors.push(`${at}: "${key}" is missing`);
  if ('days' in rule) checkDays(rule.days, at, errors);
  const start = 'start' in rule ? checkTime(rule.start, 'start', at, errors) : null;
  const end = 'end' in rule ? checkTime(rule.end, 'end', at, errors) : null;
  if (start !== null && start === end) errors.push(`${at}: a rule must not start and end at the same time`);
  if ('zone' in rule) {
    const zone = rule.zone;
    if (typeof zone !== 'string') errors.push(`${at}: "zone" must be a time zone name, not ${show(zone)}`);
    else if (zone !== 'local' && !isValidZone(zone)) {
      errors.push(`${at}: "zone" is "${zone}", not a known time zone (use a name such as "Europe/Berlin", or "local")`);
    }
  }
}

/** Checks a list of rules (a schedule's, or working hours'); lists what is wrong, by rule and field. */
export function validateRules(
  value: unknown,
  max = MAX_RULES,
): { ok: true; rules: ScheduleRule[] } | { ok: false; error: string } {
  const errors: string[] = [];
  if (!Array.isArray(value)) errors.push('"rules" must be a list');
  else if (value.length > max) errors.push(`${value.length} rules is too many; at most ${max} are allowed`);
  else for (const [i, rule] of value.entries()) checkRule(rule, i, errors);
  if (errors.length > 0) return { ok: false, error: joinErrors(errors) };
  return {
    ok: true,
    rules: (value as ScheduleRule[]).map((r) => ({ days: [...r.days], start: r.start, end: r.end, zone: r.zone })),
  };
}

function joinErrors(errors: string[]): string {
  const more = errors.length > MAX_ERRORS ? `; and ${errors.length - MAX_ERRORS} more` : '';
  return errors.slice(0, MAX_ERRORS).join('; ') + more;
}

/** Checks that `value` is a complete, correct schedule file; lists what is wrong, by rule and field. */
export function validateSchedule(value: unknown): ScheduleFileResult {
  if (!isObject(value)) return { ok: false, error: 'the file must contain a JSON object' };
  const errors: string[] = [];
  for (const key of extraKeys(value, FILE_KEYS)) errors.push(`unknown field "${key}"`);
  if (value.format !== 'heads-down-schedule') {
    errors.push(`"format" is ${show(value.format)}; this is not a Heads Down schedule ("heads-down-schedule")`);
  }
  if (value.version !== 1) errors.push(`"version" is ${show(value.version)}; only version 1 is supported`);
  const rules = value.rules;
  if (!Array.isArray(rules)) errors.push('"rules" must be a list');
  else if (rules.length > MAX_RULES) errors.push(`${rules.length} rules is too many; at most ${MAX_RULES} are allowed`);
  else for (const [i, rule] of rules.entries()) checkRule(rule, i, errors);
  if (errors.length > 0) return { ok: false, error: joinErrors(errors) };
  // Rebuild from known fields only, so the stored value is exactly the validated shape.
  const clean: ScheduleRule[] = (rules as ScheduleRule[]).map((r) => ({
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
    return { ok: false, error: `the file is ${Math.ceil(bytes / 1024)} KB; a schedule file is at most 100 KB` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the file is not valid JSON (${(e as Error).message})` };
  }
  return validateSchedule(value);
}

/** The file's text: pretty JSON with a final newline. */
export function serializeScheduleFile(file: ScheduleFile): string {
  const rules = file.rules.map((r) => ({ days: r.days, start: r.start, end: r.end, zone: r.zone }));
  return `${JSON.stringify({ format: file.format, version: file.version, rules }, null, 2)}\n`;
}
