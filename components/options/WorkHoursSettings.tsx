import { useMemo, useState } from 'preact/hooks';
import { workHoursText } from '@/components/popup/work-hours-text';
import { t, uiLocale } from '@/utils/browser-i18n';
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
  // Folded to one line until the person edits: the schedule's editor above has the same controls.
  const [editing, setEditing] = useState(false);
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
    if (!error) setEditing(false);
  };

  return (
    <div class="work-hours">
      {!settings.workHoursConfirmed && <p class="note">{t('options_workConfirmHint')}</p>}
      {!editing && (
        <div class="actions">
          <p class="work-summary">{workHoursText(settings.workHours, uiLocale())}</p>
          <span class="spacer" />
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            {t('options_workEdit')}
          </button>
          {!settings.workHoursConfirmed && (
            <button type="button" class="btn btn-primary" onClick={commit}>
              {t('options_workConfirm')}
            </button>
          )}
        </div>
      )}
      {editing && (
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
      )}
      {editing && (
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
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              edit(settings.workHours);
              setEditing(false);
            }}
          >
            {t('options_scheduleRevert')}
          </button>
          <button type="button" class="btn btn-primary" onClick={commit}>
            {t('options_workSave')}
          </button>
        </div>
      )}
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
