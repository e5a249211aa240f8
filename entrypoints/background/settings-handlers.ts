/** Messages that read and change the schedule, the settings, custom sites, and stored data. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';
import { remove, STORAGE_VERSION, storageVersion, syncedSchedule, write } from '@/utils/browser-storage';
import {
  deleteAllRecords,
  deleteBlockRecord,
  getBlock,
  loadSchedule,
  loadSettings,
  replaceSchedule,
  saveSettingsRecord,
} from '@/utils/records';
import { problemsText, validateSchedule } from '@/utils/schedule-file';
import { validateSettings } from '@/utils/settings';
import { say } from '@/utils/wording';
import { addCustomSite, removeCustomSite } from './custom-sites';
import { recompute } from './engine';
import { fail, type HandlersFor, strictText, strictVerdict } from './handler-kit';
import { refreshPopupSnapshot } from './popup-snapshot';
import { applyAwaySetting } from './presence';
import { mirrorScheduleToSync } from './sync';

export const settingsHandlers: HandlersFor<
  | 'getSchedule'
  | 'saveSchedule'
  | 'getSettings'
  | 'confirmWorkHours'
  | 'saveSettings'
  | 'addCustomSite'
  | 'removeCustomSite'
  | 'deleteBlock'
  | 'deleteAllData'
> = {
  getSchedule: () => loadSchedule(),

  async saveSchedule(payload) {
    const checked = validateSchedule(payload?.file);
    if (!checked.ok) return fail(problemsText(checked.problems, { t }));
    // Saved either way; a running strict block is pinned by the engine and keeps its end.
    const verdict = await strictVerdict({ kind: 'saveSchedule' });
    await replaceSchedule(checked.file);
    await mirrorScheduleToSync(checked.file, await loadSettings());
    await recompute();
    return verdict.kind === 'allowed' ? { ok: true } : { ok: true, notice: strictText(verdict) };
  },

  getSettings: () => loadSettings(),

  async confirmWorkHours() {
    await saveSettingsRecord({ ...(await loadSettings()), workHoursConfirmed: true });
    await refreshPopupSnapshot();
    return { ok: true };
  },

  async saveSettings(payload) {
    const checked = validateSettings(payload?.settings);
    if (!checked.ok) return fail(say({ t }, checked.error));
    const verdict = await strictVerdict({
      kind: 'saveSettings',
      before: await loadSettings(),
      after: checked.settings,
    });
    if (verdict.kind !== 'allowed') return fail(strictText(verdict));
    await saveSettingsRecord(checked.settings);
    applyAwaySetting(checked.settings);
    await mirrorScheduleToSync(await loadSchedule(), checked.settings);
    await recompute();
    return { ok: true };
  },

  addCustomSite: (payload) => addCustomSite(payload),
  removeCustomSite: (payload) => removeCustomSite(payload),

  async deleteBlock(payload) {
    const block = typeof payload?.id === 'string' ? await getBlock(payload.id) : undefined;
    if (!block) return fail(t('err_blockGone'));
    // A running block's record is what the engine guards with; a strict one must not be escaped this way.
    if (block.endedAt === null) return fail(block.strict ? t('err_strictNoDelete') : t('err_endBlockFirst'));
    await deleteBlockRecord(block.id);
    await refreshPopupSnapshot();
    return { ok: true };
  },

  async deleteAllData() {
    const verdict = await strictVerdict({ kind: 'deleteAllData' });
    if (verdict.kind !== 'allowed') return fail(strictText(verdict));
    await deleteAllRecords();
    await browser.storage.local.clear();
    // What is left is the current layout (empty), so no later update migrates it.
    await write(storageVersion, STORAGE_VERSION);
    await remove(syncedSchedule).catch(() => undefined);
    await recompute();
    return { ok: true };
  },
};
