import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { send } from '@/utils/messages';
import { type Status, StatusLine } from './StatusLine';

/** "Delete all data" with a second, explicit step, because it cannot be undone. */
export function DeleteAllData({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Focus lands on the safe choice, so a stray Enter does not delete anything.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const remove = async () => {
    try {
      const reply = await send('deleteAllData');
      if (!reply.ok) return setStatus({ kind: 'error', text: reply.error });
      setConfirming(false);
      await onDeleted();
      setStatus({ kind: 'ok', text: t('options_deleted') });
    } catch {
      setStatus({ kind: 'error', text: t('options_errorBackground') });
    }
  };

  return (
    <div class="danger-zone">
      <h3>{t('options_deleteTitle')}</h3>
      <p class="hint">{t('options_deleteHint')}</p>
      {confirming ? (
        <fieldset class="confirm">
          <legend>{t('options_deleteConfirmText')}</legend>
          <div class="actions">
            <button type="button" class="btn" ref={cancel} onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
            <button type="button" class="btn btn-danger" onClick={remove}>
              {t('options_deleteConfirm')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" class="btn btn-danger-quiet" onClick={() => setConfirming(true)}>
          {t('options_delete')}
        </button>
      )}
      <StatusLine status={status} id="delete-status" />
    </div>
  );
}
