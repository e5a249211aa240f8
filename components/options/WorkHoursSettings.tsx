import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import type { ScheduleRule } from '@/utils/model';
import { AWAY_MINUTES, DEFAULT_WORK_HOURS, MAX_WORK_RULES } from '@/utils/settings';
import { NumberField } from './NumberField';
import { RuleEditor } from './RuleEditor';
import { scheduleErrors } from './rule-errors';
import { type Status, StatusLine } from './StatusLine';
import { useSettings } from './settings-context';
import { useDraft } from './use-draft';

/**
 * Working hours (rules like the schedule's) and when idle time counts as away: together they are the
 * working time that the 11-minute baseline is compared with.
 */
export function WorkHoursSettings() {
  const { settings, save } = useSettings();
  const [draft, setDraft] = useDraft<ScheduleRule[]>(settings.workHours);
  const [status, setStatus] = useState<Status>(null);
  const errors = useMemo(() => scheduleErrors(draft), [draft]);
  const valid = draft.length > 0 && errors.file === null && errors.rules.every((e) => e === null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(settings.workHours);

  const edit = (next: ScheduleRule[]) => {
    setDraft(next);
    setStatus(null);
  };
  const commit = async () => {
    if (!valid) {
      setStatus({ kind: 'error', text: draft.length === 0 ? t('options_workNeedOne') : t('options_scheduleFixRules') });
      return;
    }
    const error = await save({ ...settings, workHours: draft, workHoursConfirmed: true });
    setStatus(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('options_workSaved') });
  };

  return (
    <div class="work-hours">
      {!settings.workHoursConfirmed && <p class="note">{t('options_workConfirmHint')}</p>}
      <ol class="rules">
        {draft.map((rule, i) => (
          <RuleEditor
            key={i}
            idPrefix="work"
            rule={rule}
            index={i}
            error={errors.rules[i] ?? null}
            zoneListId="zone-list"
            onChange={(r) => edit(draft.map((x, j) => (j === i ? r : x)))}
            onRemove={() => edit(draft.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={draft.length >= MAX_WORK_RULES}
          onClick={() => edit([...draft, { ...DEFAULT_WORK_HOURS[0]!, days: ['sat'] }])}
        >
          {t('options_workAdd')}
        </button>
        <span class="spacer" />
        {dirty && <span class="unsaved">{t('options_unsaved')}</span>}
        <button type="button" class="btn btn-primary" disabled={!dirty && settings.workHoursConfirmed} onClick={commit}>
          {dirty || settings.workHoursConfirmed ? t('options_workSave') : t('options_workConfirm')}
        </button>
      </div>
      <StatusLine status={status} id="work-status" />
      <div class="field-row">
        <NumberField
          id="away-after"
          label={t('options_awayAfter')}
          hint={t('options_awayAfterHint')}
          suffix={t('options_minutes')}
          min={AWAY_MINUTES.min}
          max={AWAY_MINUTES.max}
          value={settings.awayAfterMinutes}
          onCommit={(awayAfterMinutes) => save({ ...settings, awayAfterMinutes })}
        />
      </div>
    </div>
  );
}
