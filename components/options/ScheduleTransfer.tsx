import { useRef, useState } from 'preact/hooks';
import { downloadText } from '@/components/download';
import { plural, t } from '@/utils/browser-i18n';
import { scheduleToIcs } from '@/utils/ics';
import { send } from '@/utils/messages';
import type { ScheduleFile } from '@/utils/model';
import { parseScheduleFile, problemsText, serializeScheduleFile } from '@/utils/schedule-file';
import { type Status, StatusLine } from './StatusLine';
import { Switch } from './Switch';
import { useSettings } from './settings-context';
import { systemZone } from './week-preview';

/** Largest file read: a full schedule is a few kilobytes, so anything bigger is not one. */
const MAX_IMPORT_BYTES = 256 * 1024;

interface Props {
  saved: ScheduleFile;
  onImported: (file: ScheduleFile) => void;
}

/** Export and import of the schedule file, the calendar export, and the sync option. */
export function ScheduleTransfer({ saved, onImported }: Props) {
  const { settings, save } = useSettings();
  const [status, setStatus] = useState<Status>(null);
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t('options_importTooBig') });
      return;
    }
    const parsed = parseScheduleFile(await file.text());
    if (!parsed.ok) {
      // The validator's words, exactly: they name the rule and field that is wrong.
      setStatus({ kind: 'error', text: t('options_importInvalid', file.name, problemsText(parsed.problems, { t })) });
      return;
    }
    try {
      const reply = await send('saveSchedule', { file: parsed.file });
      if (!reply.ok) return setStatus({ kind: 'error', text: reply.error });
      onImported(parsed.file);
      setStatus({
        kind: 'ok',
        text: plural('options_imported', parsed.file.rules.length),
      });
    } catch {
      setStatus({ kind: 'error', text: t('options_errorBackground') });
    }
  };

  return (
    <div class="transfer">
      <div class="actions">
        <button
          type="button"
          class="btn"
          onClick={() => downloadText('heads-down-schedule.json', serializeScheduleFile(saved), 'application/json')}
        >
          {t('options_exportSchedule')}
        </button>
        <button type="button" class="btn" onClick={() => input.current?.click()}>
          {t('options_importSchedule')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          aria-label={t('options_importSchedule')}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // choosing the same file again must fire change again
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          class="btn"
          onClick={() =>
            downloadText(
              'heads-down-focus.ics',
              scheduleToIcs(saved, systemZone(), Date.now(), t('options_icsSummary')),
              'text/calendar',
            )
          }
        >
          {t('options_exportIcs')}
        </button>
      </div>
      <p class="hint">{t('options_transferHint')}</p>
      <StatusLine status={status} id="transfer-status" />
      <Switch
        label={t('options_syncSchedule')}
        hint={t('options_syncScheduleHint')}
        checked={settings.syncSchedule}
        onChange={async (syncSchedule) => {
          const error = await save({ ...settings, syncSchedule });
          setStatus(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('options_saved') });
        }}
      />
    </div>
  );
}
