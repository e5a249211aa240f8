import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';
import { formatMoment, formatWindow } from './clock';
import { PauseForm } from './PauseForm';

interface Props {
  next: { start: number; end: number } | null;
  pausedUntil: number | null;
  now: number;
  busy: boolean;
  onSkip: () => void;
  onPause: (until: number | null) => void;
}

const DAY_MS = 24 * 3600 * 1000;

/** The schedule at a glance: the next block with "skip", and pausing or resuming the schedule. */
export function NextBlock({ next, pausedUntil, now, busy, onSkip, onPause }: Props) {
  const [pausing, setPausing] = useState(false);
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
      {pausing ? (
        <PauseForm
          now={now}
          suggested={next ? next.end : now + DAY_MS}
          busy={busy}
          onPause={(until) => {
            setPausing(false);
            onPause(until);
          }}
          onCancel={() => setPausing(false)}
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
            <button type="button" class="button" disabled={busy} onClick={() => setPausing(true)}>
              {t('popup_pause')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
