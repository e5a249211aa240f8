/** Messages that start, change and end focus blocks; the decisions are utils/focus-engine.ts's and utils/strict-policy.ts's. */
import { isBlockMinutes } from '@/utils/block-length';
import { t } from '@/utils/browser-i18n';
import type { FocusOverrides } from '@/utils/db';
import {
  endCurrent,
  extendCurrent,
  type FocusInputs,
  nextScheduledWindow,
  pauseUntil,
  skipNext,
  startManual,
} from '@/utils/focus-engine';
import { getBlock, loadSettings, openBlock, putBlock, saveOverrides } from '@/utils/records';
import { judgeEarlyEnd } from '@/utils/strict-policy';
import { focusInputs, recompute, serialised } from './engine';
import { fail, type HandlersFor, strictText, strictVerdict } from './handler-kit';

/** Applies a pure change to the overrides, saves it and recomputes. */
async function changeOverrides(change: (now: number, inputs: FocusInputs) => FocusOverrides | string) {
  const result = await serialised(async () => {
    const now = Date.now();
    const { inputs } = await focusInputs(now);
    const next = change(now, inputs);
    if (typeof next === 'string') return next;
    await saveOverrides(next);
    return null;
  });
  if (result) return fail(result);
  await recompute();
  return { ok: true as const };
}

export const blockHandlers: HandlersFor<'startBlock' | 'extendBlock' | 'endBlock' | 'skipNextBlock' | 'pauseSchedule'> =
  {
    async startBlock(payload) {
      if (!isBlockMinutes(payload?.minutes)) return fail(t('err_blockMinutes'));
      return changeOverrides((now, inputs) => startManual(now, payload.minutes, inputs));
    },

    async extendBlock(payload) {
      if (!isBlockMinutes(payload?.minutes)) return fail(t('err_extendMinutes'));
      if (!(await openBlock())) return fail(t('err_noBlock'));
      return changeOverrides((now, inputs) => extendCurrent(now, payload.minutes, inputs));
    },

    async endBlock(payload) {
      const block = await openBlock();
      if (!block) return fail(t('err_noBlock'));
      const settings = await loadSettings();
      const result = await changeOverrides((now, inputs) => {
        const verdict = judgeEarlyEnd(block, settings.strict, inputs.overrides, payload?.phrase, now);
        if (verdict.kind === 'refused')
          return verdict.reason === 'strict_earlyEndsUsed'
            ? t(verdict.reason, String(verdict.limit))
            : t(verdict.reason);
        const next = endCurrent(now, inputs);
        return verdict.paid ? { ...next, strictEarlyEnds: [...next.strictEarlyEnds, now] } : next;
      });
      if (result.ok) {
        const record = await getBlock(block.id);
        if (record) await putBlock({ ...record, endedEarly: true });
      }
      return result;
    },

    async skipNextBlock() {
      return changeOverrides((now, inputs) =>
        nextScheduledWindow(now, inputs) ? skipNext(now, inputs) : t('err_noScheduledBlock'),
      );
    },

    async pauseSchedule(payload) {
      const until = payload?.until ?? null;
      if (until !== null && (typeof until !== 'number' || !Number.isFinite(until) || until <= Date.now()))
        return fail(t('err_pauseFuture'));
      if (until !== null) {
        const verdict = await strictVerdict({ kind: 'pauseSchedule' });
        if (verdict.kind !== 'allowed') return fail(strictText(verdict));
      }
      return changeOverrides((now, inputs) => pauseUntil(now, until, inputs));
    },
  };
