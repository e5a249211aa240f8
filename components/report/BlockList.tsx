/** The week's focus blocks, each deletable after a confirmation (a running block is refused, here and in the background). */
import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import { failureText } from '@/utils/db';
import type { BlockRow } from '@/utils/week';
import type { Outcome } from './DataTools';
import { dayTime } from './figures';

interface Props {
  blocks: BlockRow[];
  zone: string;
  onDelete: (id: string) => Promise<Outcome>;
}

/** The blocks table; deleting asks first, in the page. */
export function BlockList({ blocks, zone, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const ask = (id: string) => {
    setConfirming(id);
    setOutcome(null);
    queueMicrotask(() => confirmButton.current?.focus());
  };
  const remove = async (id: string) => {
    setConfirming(null);
    try {
      setOutcome(await onDelete(id));
    } catch (error) {
      setOutcome({
        ok: false,
        message: `${t('report_failed')} ${failureText(error, { t })}`,
      });
    }
  };
  return (
    <>
      {blocks.length === 0 ? (
        <p class="muted" data-testid="blocks-none">
          {t('report_blocks_none')}
        </p>
      ) : (
        <div class="scroll">
          <table
            class="figures blocks"
            aria-labelledby="blocks-heading"
            data-testid="blocks"
            data-value={blocks.length}
          >
            <thead>
              <tr>
                <th scope="col">{t('report_col_start')}</th>
                <th scope="col">{t('report_col_end')}</th>
                <th scope="col">{t('report_col_origin')}</th>
                <th scope="col">{t('report_col_held')}</th>
                <th scope="col">{t('report_col_reached')}</th>
                <th scope="col">{t('report_col_peeks')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('report_block_delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {blocks.map((b) => (
                <tr key={b.id} data-testid={`block-${b.id}`}>
                  <th scope="row" data-testid={`block-${b.id}-start`} data-value={b.start}>
                    {dayTime(b.start, zone)}
                  </th>
                  <td data-testid={`block-${b.id}-end`} data-value={b.end}>
                    {b.running ? t('report_block_running') : dayTime(b.end, zone)}
                  </td>
                  <td data-testid={`block-${b.id}-origin`} data-value={b.origin}>
                    {t(b.origin === 'manual' ? 'report_origin_manual' : 'report_origin_schedule')}
                  </td>
                  <td data-testid={`block-${b.id}-held`}>{b.held}</td>
                  <td data-testid={`block-${b.id}-reached`}>{b.reached}</td>
                  <td data-testid={`block-${b.id}-peeks`}>{b.peeks}</td>
                  <td>
                    <button
                      type="button"
                      class="danger"
                      data-testid={`block-${b.id}-delete`}
                      disabled={b.running}
                      title={b.running && b.strict ? t('report_block_strict_running') : undefined}
                      aria-label={t('report_block_delete_label', dayTime(b.start, zone))}
                      onClick={() => ask(b.id)}
                    >
                      {t('report_block_delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <fieldset class="confirm" aria-describedby="block-delete-warning">
          <legend class="visually-hidden">{t('report_block_delete')}</legend>
          <p id="block-delete-warning">{t('report_block_delete_confirm')}</p>
          <button
            ref={confirmButton}
            type="button"
            class="danger"
            data-testid="block-delete-confirm"
            onClick={() => void remove(confirming)}
          >
            {t('report_block_delete_yes')}
          </button>
          <button type="button" data-testid="block-delete-cancel" onClick={() => setConfirming(null)}>
            {t('report_block_delete_cancel')}
          </button>
        </fieldset>
      )}
      <p role="status" data-testid="blocks-status" class={outcome && !outcome.ok ? 'error' : 'ok'}>
        {outcome?.message}
      </p>
    </>
  );
}
