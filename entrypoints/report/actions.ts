/** What the report's buttons do beyond reading: downloads, and commands to the background. */
import type { Outcome } from '@/components/report/DataTools';
import { t } from '@/utils/browser-i18n';
import { parseHistoryFile } from '@/utils/history-file';
import { send } from '@/utils/messages';
import type { ScheduleRule } from '@/utils/model';

/** Appends a suggested rule to the saved schedule; an error text, or null when it was saved. */
export async function addScheduleRule(rule: ScheduleRule): Promise<string | null> {
  const file = await send('getSchedule');
  const reply = await send('saveSchedule', { file: { ...file, rules: [...(file?.rules ?? []), rule] } });
  return reply?.ok ? null : (reply?.error ?? 'no answer from the extension');
}

/** Deletes one block's record through the background, which refuses a running one. */
export async function deleteBlock(id: string): Promise<Outcome> {
  const reply = await send('deleteBlock', { id });
  return reply?.ok
    ? { ok: true, message: t('report_block_deleted') }
    : { ok: false, message: `${t('report_failed')} ${reply?.error ?? 'no answer from the extension'}` };
}

/** Validates the whole file here first, so a bad file is refused before anything is sent or written. */
export async function importHistoryText(text: string): Promise<Outcome> {
  const parsed = parseHistoryFile(text);
  if (!parsed.ok) return { ok: false, message: `${t('report_import_refused')} ${parsed.error}` };
  const reply = await send('importHistory', { text });
  if (!reply?.ok)
    return { ok: false, message: `${t('report_import_refused')} ${reply?.error ?? 'no answer from the extension'}` };
  return {
    ok: true,
    message: reply.workHoursAdopted
      ? t('report_import_done_hours', reply.imported)
      : t('report_import_done', reply.imported),
  };
}

/** Deletes every record, the schedule and the settings (the background owns the stores). */
export async function deleteAllData(): Promise<Outcome> {
  const reply = await send('deleteAllData');
  return reply?.ok
    ? { ok: true, message: t('report_delete_done') }
    : { ok: false, message: `${t('report_failed')} ${reply?.error ?? 'no answer from the extension'}` };
}
