/** Export, import and delete: the person's data, in their hands. */
import { useRef, useState } from 'preact/hooks';
import { plural, t, uiLocale } from '@/utils/browser-i18n';
import { failureText } from '@/utils/db';
import type { ImportProgress } from '@/utils/history-import';

/** What an action came to, worded for the person. */
export type Outcome = { ok: boolean; message: string };

interface Props {
  onExportWeekCsv: () => void;
  onExportWeekJson: () => void;
  onExportAll: () => Promise<Outcome | null>;
  /** Imports in the page and reports progress as it goes. */
  onImport: (text: string, onProgress: (progress: ImportProgress) => void) => Promise<Outcome>;
  onDeleteAll: () => Promise<Outcome>;
}

/** The data tools section; deleting asks first, in the page (no blocking browser dialog). */
export function DataTools({ onExportWeekCsv, onExportWeekJson, onExportAll, onImport, onDeleteAll }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const run = async (action: () => Promise<Outcome | null>) => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({
        ok: false,
        message: `${t('report_failed')} ${failureText(error, { t })}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (file)
      void run(async () => {
        try {
          return await onImport(await file.text(), setProgress);
        } finally {
          setProgress(null);
        }
      });
  };

  const askDelete = () => {
    setConfirming(true);
    setOutcome(null);
    // Move focus to the confirmation so keyboard and screen-reader users land on the choice.
    queueMicrotask(() => confirmButton.current?.focus());
  };

  return (
    <section class="tools" aria-labelledby="tools-heading">
      <h2 id="tools-heading">{t('report_tools_heading')}</h2>
      <div class="buttons">
        <button type="button" data-testid="export-week-csv" onClick={onExportWeekCsv}>
          {t('report_export_week_csv')}
        </button>
        <button type="button" data-testid="export-week-json" onClick={onExportWeekJson}>
          {t('report_export_week_json')}
        </button>
        <button type="button" data-testid="export-all" disabled={busy} onClick={() => run(onExportAll)}>
          {t('report_export_all')}
        </button>
        <button type="button" data-testid="import" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('report_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={importFile}
        />
        <button type="button" class="danger" data-testid="delete-all" disabled={busy} onClick={askDelete}>
          {t('report_delete_all')}
        </button>
      </div>
      {confirming && (
        <fieldset class="confirm" aria-describedby="delete-warning">
          <legend class="visually-hidden">{t('report_delete_all')}</legend>
          <p id="delete-warning">{t('report_delete_confirm')}</p>
          <button
            ref={confirmButton}
            type="button"
            class="danger"
            data-testid="delete-confirm"
            onClick={() => {
              setConfirming(false);
              void run(onDeleteAll);
            }}
          >
            {t('report_delete_yes')}
          </button>
          <button type="button" data-testid="delete-cancel" onClick={() => setConfirming(false)}>
            {t('report_delete_cancel')}
          </button>
        </fieldset>
      )}
      {progress && (
        <p class="import-progress" data-testid="import-progress">
          <span id="import-progress-label">
            {progress.phase === 'checking'
              ? t('report_import_checking')
              : plural(
                  'report_import_writing',
                  progress.total,
                  new Intl.NumberFormat(uiLocale()).format(progress.done),
                )}
          </span>{' '}
          {/* No value while checking: an indeterminate bar, as parsing reports no steps. */}
          {progress.phase === 'checking' ? (
            <progress aria-labelledby="import-progress-label" />
          ) : (
            <progress aria-labelledby="import-progress-label" value={progress.done} max={Math.max(1, progress.total)} />
          )}
        </p>
      )}
      <p role="status" data-testid="tools-status" class={outcome && !outcome.ok ? 'error' : 'ok'}>
        {outcome?.message}
      </p>
    </section>
  );
}
