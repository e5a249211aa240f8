import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { send } from '@/utils/messages';
import type { ScheduleFile, ScheduleRule } from '@/utils/model';
import { RuleList, useRuleDraft } from './RuleList';
import { scheduleOf } from './rule-errors';
import { StatusLine } from './StatusLine';
import { WeekPreview } from './WeekPreview';
import { ZoneList } from './ZonePicker';

interface Props {
  saved: ScheduleFile;
  onSaved: (file: ScheduleFile) => void;
}

const NEW_RULE: ScheduleRule = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '11:00',
  zone: 'local',
};

/** The weekly rules as an editable draft; nothing reaches the background until Save, and only when valid. */
export function ScheduleEditor({ saved, onSaved }: Props) {
  // An import or a delete replaces the saved schedule: the draft starts again from it.
  const { draft, errors, status, setStatus, valid, dirty, edit } = useRuleDraft(saved.rules);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async () => {
    if (!valid) {
      setStatus({ kind: 'error', text: errors.file ?? t('options_scheduleFixRules') });
      return;
    }
    setBusy(true);
    const file = scheduleOf(draft);
    try {
      const reply = await send('saveSchedule', { file });
      if (reply.ok) {
        onSaved(file);
        setStatus({ kind: 'ok', text: reply.notice ?? t('options_scheduleSaved') });
      } else setStatus({ kind: 'error', text: reply.error });
    } catch {
      setStatus({ kind: 'error', text: t('options_errorBackground') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="schedule">
      <ZoneList id="zone-list" />
      {draft.length === 0 ? (
        <p class="empty">{t('options_scheduleEmpty')}</p>
      ) : (
        <RuleList rules={draft} errors={errors} onChange={edit} zoneListId="zone-list" />
      )}
      <div class="actions">
        <button type="button" class="btn" onClick={() => edit([...draft, { ...NEW_RULE }])}>
          {t('options_ruleAdd')}
        </button>
        <span class="spacer" />
        {dirty && <span class="unsaved">{t('options_unsaved')}</span>}
        {dirty && (
          <button type="button" class="btn btn-quiet" onClick={() => edit(saved.rules)}>
            {t('options_scheduleRevert')}
          </button>
        )}
        <button type="button" class="btn btn-primary" disabled={!dirty || busy} onClick={save}>
          {t('options_scheduleSave')}
        </button>
      </div>
      <StatusLine status={status} id="schedule-status" />
      <WeekPreview file={valid ? scheduleOf(draft) : saved} showingSaved={!valid} />
    </div>
  );
}
