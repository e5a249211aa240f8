/** Quiet windows from the person's own history (utils/suggestions.ts), each one button away from the schedule. */
import { useState } from 'preact/hooks';
import { plural, t, uiLocale } from '@/utils/browser-i18n';
import type { ScheduleRule } from '@/utils/model';
import type { SuggestedRule, SuggestionResult } from '@/utils/suggestions';

interface Props {
  /** null while the weeks are being read. */
  result: SuggestionResult | null;
  /** Adds the rule to the schedule; resolves to an error text, or null when it worked. */
  onAdd: (rule: ScheduleRule) => Promise<string | null>;
}

/** 2024-01-01 was a Monday: a fixed date gives each ISO weekday its localised name. */
const weekdayName = (weekday: number) =>
  new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
const days = (weekdays: number[]) =>
  new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(weekdays.map(weekdayName));
const rate = (n: number) =>
  new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n);

type Status = { state: 'busy' } | { state: 'added' } | { state: 'failed'; error: string };

/** One suggestion with its evidence, its button and what became of it. */
function Suggestion({ s, index, onAdd }: { s: SuggestedRule; index: number; onAdd: Props['onAdd'] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const add = async () => {
    setStatus({ state: 'busy' });
    const error = await onAdd(s.rule);
    setStatus(error === null ? { state: 'added' } : { state: 'failed', error });
  };
  return (
    <li
      data-testid={`suggestion-${index}`}
      data-weekdays={s.weekdays.join(',')}
      data-hour={s.startHour}
      data-value={s.perHour}
    >
      <span class="window">
        {days(s.weekdays)} {s.rule.start}–{s.rule.end}
      </span>
      <span class="evidence" data-testid={`suggestion-${index}-evidence`}>
        {t('report_suggest_evidence', rate(s.perHour), s.weeks)}
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

/** Why there is no suggestion, in words. */
function noneText(result: Extract<SuggestionResult, { ok: false }>): string {
  if (result.reason === 'noneQuieter') return t('report_suggest_noneQuieter');
  return result.days > 0 ? plural('report_suggest_tooLittle', result.days) : t('report_suggest_tooLittle_none');
}

/** The suggestions section. */
export function Suggestions({ result, onAdd }: Props) {
  return (
    <section class="suggestions" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t('report_suggest_heading')}</h2>
      {result === null ? (
        <p class="muted">{t('report_suggest_loading')}</p>
      ) : !result.ok ? (
        <p class="muted" data-testid="suggestions-none" data-reason={result.reason}>
          {noneText(result)}
        </p>
      ) : (
        <>
          <p class="muted">{t('report_suggest_intro', rate(result.suggestions[0]?.usualPerHour ?? 0))}</p>
          <ol>
            {result.suggestions.map((s, i) => (
              <Suggestion key={`${s.weekdays.join('')}-${s.startHour}`} s={s} index={i} onAdd={onAdd} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
