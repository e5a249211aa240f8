/** @jsxImportSource @/components/popup/jsx */
import { plural, t } from '@/utils/browser-i18n';
import type { WorkFigures } from '@/utils/messages';
import { durationText, heldText, rateText } from './sentences';

interface Props {
  /** Today at work so far, with focus time inside it. */
  today: WorkFigures;
  /** The running block so far; when set it leads and today at work follows in one line. */
  current: WorkFigures | null;
}

function Figure({ id, value, label, note }: { id: string; value: string | number; label: string; note?: string }) {
  return (
    <div class="figure" data-figure={id}>
      <dt>{label}</dt>
      <dd>
        <span class="figure-value">{value}</span>
        {note && <span class="figure-note">{note}</span>}
      </dd>
    </div>
  );
}

/** Interruptions against the 11-minute baseline: today at work, and focus time (the running block, if any). */
export function StatsPanel({ today, current }: Props) {
  const lead = current ?? today;
  const leadMinutes = current ? current.presentMinutes : today.presentMinutes;
  const focusLine = current
    ? null
    : today.focus.minutes > 0
      ? rateText(today.focus.minutes, today.focus, 'focus')
      : null;
  const held = heldText(lead.held);
  // Before any time or interruption a row of zeros says nothing the sentence does not.
  const empty = leadMinutes <= 0 && lead.reached + lead.held + lead.peeks === 0;
  return (
    <section class="card stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading" class="section-title">
        {current ? t('popup_statsBlock') : t('popup_statsToday')}
      </h2>
      <p class="every" data-figure="headline">
        {current ? rateText(current.presentMinutes, current, 'focus') : rateText(today.presentMinutes, today, 'work')}
      </p>
      {focusLine && (
        <p class="small" data-figure="focus-line">
          {focusLine}
        </p>
      )}
      {held && (
        <p class="muted small" data-figure="held-line">
          {held}
        </p>
      )}
      {!empty && (
        <dl class="figures">
          <Figure
            id="reached"
            value={lead.reached}
            label={t('popup_figReached')}
            note={lead.breakthroughs > 0 ? plural('popup_figBreakthroughs', lead.breakthroughs) : undefined}
          />
          <Figure
            id="held"
            value={lead.held}
            label={t('popup_figHeld')}
            note={lead.messagesHeld > lead.held ? plural('popup_figMessages', lead.messagesHeld) : undefined}
          />
          <Figure id="peeks" value={lead.peeks} label={t('popup_figPeeks')} />
          <Figure
            id="longest"
            value={lead.longestStretchMinutes !== null ? durationText(lead.longestStretchMinutes) : '—'}
            label={t('popup_figLongest')}
          />
        </dl>
      )}
      {current && (
        <p class="muted small today-line" data-figure="today-line">
          <span class="today-label">{t('popup_statsToday')}:</span> {rateText(today.presentMinutes, today, 'work')}
        </p>
      )}
    </section>
  );
}
