import { useState } from 'preact/hooks';
import { workHoursText } from '@/components/popup/work-hours-text';
import { t, uiLocale } from '@/utils/browser-i18n';
import { AWAY_MINUTES, DEFAULT_WORK_HOURS, MAX_WORK_RULES } from '@/utils/settings';
import { NumberField } from './NumberField';
import { RuleList, useRuleDraft } from './RuleList';
import { StatusLine } from './StatusLine';
import { useSettings } from './settings-context';

/**
 * Working hours (rules like the schedule's) and when idle time counts as away: together they are the
 * working time that the 11-minute baseline is compared with.
 */
export function WorkHoursSettings() {
  const { settings, save } = useSettings();
  const { draft, errors, status, setStatus, dirty, edit, ...rules } = useRuleDraft(settings.workHours);
  // Folded to one line until the person edits: the schedule's editor above has the same controls.
  const [editing, setEditing] = useState(false);
  const valid = draft.length > 0 && rules.valid;

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
      {editing && <RuleList rules={draft} errors={errors} onChange={edit} idPrefix="work" zoneListId="zone-list" />}
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
