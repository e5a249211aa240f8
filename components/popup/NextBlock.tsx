/** @jsxImportSource @/components/popup/jsx */
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';
import { formatMoment, formatWindow, toLocalInputValue } from './clock';
import { PauseForm } from './PauseForm';
import type { SetUi, UiState } from './ui-state';

interface Props {
  next: { start: number; end: number } | null;
  pausedUntil: number | null;
  now: number;
  busy: boolean;
  ui: UiState;
  setUi: SetUi;
  onSkip: () => void;
  onPause: (until: number | null) => void;
}

const DAY_MS = 24 * 3600 * 1000;

/** The schedule at a glance: the next block with "skip", and pausing or resuming the schedule. */
export function NextBlock({ next, pausedUntil, now, busy, ui, setUi, onSkip, onPause }: Props) {
  const paused = pausedUntil !== null && pausedUntil > now;
  return (
    <section class="card schedule" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading" class="section-title">
        {t('popup_scheduleHeading')}
      </h2>
      {paused && <p class="paused-note">{t('popup_pausedUntil', formatMoment(pausedUntil, now))}</p>}
      <p class="next-line">
        {next ? t('popup_nextBlock', formatWindow(next.start, next.end, now)) : t('popup_noNextBlock')}
      </p>
      {ui.pausing ? (
        <PauseForm
          now={now}
          value={ui.pauseUntil}
          invalid={ui.pauseInvalid}
          busy={busy}
          onType={(pauseUntil) => setUi({ pauseUntil, pauseInvalid: false })}
          onPause={(until) => {
            if (until === null) return setUi({ pauseInvalid: true });
            setUi({ pausing: false });
            onPause(until);
          }}
          onCancel={() => setUi({ pausing: false })}
        />
      ) : (
        <div class="row">
          {next && (
            <button type="button" class="button" disabled={busy} onClick={onSkip}>
              {t('popup_skipNext')}
            </button>
          )}
          {paused ? (
            <button type="button" class="button" disabled={busy} onClick={() => onPause(null)}>
              {t('popup_resume')}
            </button>
          ) : !next ? (
            // Nothing scheduled: pausing would mean nothing, setting a schedule up is the next step.
            <button type="button" class="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popup_setUpSchedule')}
            </button>
          ) : (
            <button
              type="button"
              class="button"
              disabled={busy}
              // The suggested end: the next block's end (tomorrow when there is none); the form takes focus.
              onClick={() =>
                setUi(
                  { pausing: true, pauseUntil: toLocalInputValue(next ? next.end : now + DAY_MS), pauseInvalid: false },
                  '#pause-until',
                )
              }
            >
              {t('popup_pause')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
