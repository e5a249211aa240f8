import { t } from '@/utils/browser-i18n';
import type { RangeStats } from '@/utils/stats';
import { durationText, everyText, unguardedText } from './sentences';

interface Props {
  today: RangeStats;
  /** The running block's figures; when set they lead and today follows in one line. */
  current: RangeStats | null;
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

/** Interruptions against the 11-minute baseline, for the running block (if any) and today. */
export function StatsPanel({ today, current }: Props) {
  const lead = current ?? today;
  const scope = current ? 'block' : 'today';
  const unguarded = unguardedText(lead);
  // Before any focus or interruption a row of zeros says nothing the sentence does not.
  const empty = lead.focusMinutes <= 0 && lead.reached + lead.held + lead.peeks === 0;
  return (
    <section class="card stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading" class="section-title">
        {current ? t('popup_statsBlock') : t('popup_statsToday')}
      </h2>
      <p class="every">{everyText(lead, scope)}</p>
      {unguarded && <p class="muted small">{unguarded}</p>}
      {!empty && (
        <dl class="figures">
          <Figure
            id="reached"
            value={lead.reached}
            label={t('popup_figReached')}
            note={lead.breakthroughs > 0 ? t('popup_figBreakthroughs', lead.breakthroughs) : undefined}
          />
          <Figure
            id="held"
            value={lead.held}
            label={t('popup_figHeld')}
            note={lead.messagesHeld > lead.held ? t('popup_figMessages', lead.messagesHeld) : undefined}
          />
          <Figure id="peeks" value={lead.peeks} label={t('popup_figPeeks')} />
          <Figure
            id="longest"
            value={lead.longestStretchMs > 0 ? durationText(lead.longestStretchMs) : '—'}
            label={t('popup_figLongest')}
          />
        </dl>
      )}
      {current && (
        <p class="muted small today-line">
          <span class="today-label">{t('popup_statsToday')}:</span> {everyText(today, 'today')}
        </p>
      )}
    </section>
  );
}
