/** The quietest two-hour working windows of the last four weeks, each one button away from the schedule. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';

export interface QuietWindow {
  weekday: 1 | 2 | 3 | 4 | 5;
  startHour: number;
}

interface Props {
  /** null while the four weeks are being read; empty when there is too little history. */
  windows: QuietWindow[] | null;
  /** Adds the window to the schedule; resolves to an error text, or null when it worked. */
  onAdd: (window: QuietWindow) => Promise<string | null>;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
/** 2024-01-01 was a Monday: a fixed date gives each ISO weekday its localised name. */
const weekdayName = (weekday: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));

type Status = { state: 'busy' } | { state: 'added' } | { state: 'failed'; error: string };

/** One suggestion with its button and what became of it. */
function Suggestion({ window, index, onAdd }: { window: QuietWindow; index: number; onAdd: Props['onAdd'] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const add = async () => {
    setStatus({ state: 'busy' });
    const error = await onAdd(window);
    setStatus(error === null ? { state: 'added' } : { state: 'failed', error });
  };
  return (
    <li data-testid={`suggestion-${index}`} data-weekday={window.weekday} data-hour={window.startHour}>
      <span class="window">
        {weekdayName(window.weekday)} {hh(window.startHour)}–{hh(window.startHour + 2)}
      </span>
      <button type="button" onClick={add} disabled={status?.state === 'busy' || status?.state === 'added'}>
        {t('report_suggest_add')}
      </button>
      <span role="status" class={status?.state === 'failed' ? 'error' : 'ok'}>
        {status?.state === 'added' && t('report_suggest_added')}
        {status?.state === 'failed' && `${t('report_failed')} ${status.error}`}
      </span>
    </li>
  );
}

/** The suggestions section. */
export function Suggestions({ windows, onAdd }: Props) {
  return (
    <section class="suggestions" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t('report_suggest_heading')}</h2>
      {windows === null ? (
        <p class="muted">{t('report_suggest_loading')}</p>
      ) : windows.length === 0 ? (
        <p class="muted" data-testid="suggestions-none">
          {t('report_suggest_none')}
        </p>
      ) : (
        <>
          <p class="muted">{t('report_suggest_intro')}</p>
          <ol>
            {windows.map((w, i) => (
              <Suggestion key={`${w.weekday}-${w.startHour}`} window={w} index={i} onAdd={onAdd} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
