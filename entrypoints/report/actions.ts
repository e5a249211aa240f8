/** What the report's buttons do beyond reading: downloads, and commands to the background. */
import type { Outcome } from '@/components/report/DataTools';
import { plural, t } from '@/utils/browser-i18n';
import type { ImportProgress } from '@/utils/history-import';
import { send } from '@/utils/messages';
import type { ScheduleRule } from '@/utils/model';
import { say } from '@/utils/wording';

/** Appends a suggested rule to the saved schedule; an error text, or null when it was saved. */
export async function addScheduleRule(rule: ScheduleRule): Promise<string | null> {
  const file = await send('getSchedule');
  const reply = await send('saveSchedule', { file: { ...file, rules: [...(file?.rules ?? []), rule] } });
  return reply?.ok ? null : (reply?.error ?? t('report_noAnswer'));
}

/** Deletes one block's record through the background, which refuses a running one. */
export async function deleteBlock(id: string): Promise<Outcome> {
  const reply = await send('deleteBlock', { id });
  return reply?.ok
    ? { ok: true, message: t('report_block_deleted') }
    : { ok: false, message: `${t('report_failed')} ${reply?.error ?? t('report_noAnswer')}` };
}

/**
 * Imports in this page (utils/history-import.ts), so the worker keeps answering meanwhile; the
 * whole file is checked before anything is written, and a failure writes nothing.
 */
export async function importHistoryText(
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<Outcome> {
  // Loaded when used: the parser and the checks are most of the page's script otherwise.
  const { importHistoryFile } = await import('@/utils/history-import');
  const result = await importHistoryFile(text, Date.now(), onProgress);
  if (!result.ok) return { ok: false, message: `${t('report_import_refused')} ${say({ t }, result.error)}` };
  return {
    ok: true,
    message: result.workHoursAdopted
      ? plural('report_import_done_hours', result.imported)
      : plural('report_import_done', result.imported),
  };
}

/** Deletes every record, the schedule and the settings (the background owns the stores). */
export async function deleteAllData(): Promise<Outcome> {
  const reply = await send('deleteAllData');
  return reply?.ok
    ? { ok: true, message: t('report_delete_done') }
    : { ok: false, message: `${t('report_failed')} ${reply?.error ?? t('report_noAnswer')}` };
}
