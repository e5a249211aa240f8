import { useMemo, useState } from 'preact/hooks';
import type { ScheduleRule } from '@/utils/model';
import { RuleEditor } from './RuleEditor';
import { type ScheduleErrors, scheduleErrors } from './rule-errors';
import type { Status } from './StatusLine';
import { useDraft } from './use-draft';

/**
 * A list of weekly rules being edited, as the schedule and the working hours both keep them: a draft
 * that starts again from the saved rules, what is wrong with each, and the status of the last save.
 */
export function useRuleDraft(saved: ScheduleRule[]) {
  const [draft, setDraft] = useDraft<ScheduleRule[]>(saved);
  const [status, setStatus] = useState<Status>(null);
  const errors = useMemo(() => scheduleErrors(draft), [draft]);
  return {
    draft,
    errors,
    status,
    setStatus,
    /** Every rule is valid (the list may still be empty). */
    valid: errors.file === null && errors.rules.every((e) => e === null),
    dirty: JSON.stringify(draft) !== JSON.stringify(saved),
    /** Replaces the draft; the last save's status no longer applies. */
    edit: (next: ScheduleRule[]) => {
      setDraft(next);
      setStatus(null);
    },
  };
}

interface Props {
  rules: ScheduleRule[];
  errors: ScheduleErrors;
  onChange: (rules: ScheduleRule[]) => void;
  /** Element ids start with this, so two lists on one page never share ids. */
  idPrefix?: string;
  zoneListId: string;
}

/** The rules, each in its editor; a change or removal hands back the whole new list. */
export function RuleList({ rules, errors, onChange, idPrefix, zoneListId }: Props) {
  return (
    <ol class="rules">
      {rules.map((rule, i) => (
        <RuleEditor
          // Rules have no identity beyond their position.
          key={i}
          idPrefix={idPrefix}
          rule={rule}
          index={i}
          error={errors.rules[i] ?? null}
          zoneListId={zoneListId}
          onChange={(r) => onChange(rules.map((x, j) => (j === i ? r : x)))}
          onRemove={() => onChange(rules.filter((_, j) => j !== i))}
        />
      ))}
    </ol>
  );
}
