/** Which rule of a draft schedule is wrong and why, so the message can sit next to that rule. Pure. */

import { t, uiLocale } from '@/utils/browser-i18n';
import type { ScheduleFile, ScheduleRule } from '@/utils/model';
import { problemsText, problemText, validateSchedule } from '@/utils/schedule-file';

/** A schedule file holding `rules`, in the export format. */
export function scheduleOf(rules: ScheduleRule[]): ScheduleFile {
  return { format: 'heads-down-schedule', version: 1, rules };
}

/** The validator's message for one rule on its own, without the position prefix a one-rule file gets. */
export function ruleError(rule: ScheduleRule): string | null {
  const result = validateSchedule(scheduleOf([rule]));
  if (result.ok) return null;
  // Checked alone, the rule is always "rule 1"; the editor shows the message beside the right rule,
  // so without its number, as a sentence.
  const text = result.problems.map((p) => problemText(p, { t }, false)).join(t('sched_separator'));
  return t('sched_sentence', `${text.charAt(0).toLocaleUpperCase(uiLocale())}${text.slice(1)}`);
}

/** Per-rule messages plus one for the whole file (e.g. too many rules) when no single rule explains it. */
/** What is wrong with each rule (null: nothing), and with the rules as a whole. */
export interface ScheduleErrors {
  rules: Array<string | null>;
  file: string | null;
}

export function scheduleErrors(rules: ScheduleRule[]): ScheduleErrors {
  const perRule = rules.map(ruleError);
  if (perRule.some((e) => e !== null)) return { rules: perRule, file: null };
  const whole = validateSchedule(scheduleOf(rules));
  return { rules: perRule, file: whole.ok ? null : problemsText(whole.problems, { t }) };
}
