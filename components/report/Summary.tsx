/** The week in plain words, with the empty-week explanation for a first visit. */
import { t } from '@/utils/browser-i18n';

interface Props {
  sentence: string;
  empty: boolean;
}

/** The summary paragraph; an empty week also says how the page gets filled. */
export function Summary({ sentence, empty }: Props) {
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('report_summary_heading')}</h2>
      <p data-testid="summary">{sentence}</p>
      {empty && (
        <p class="muted" data-testid="empty-week">
          {t('report_empty')}
        </p>
      )}
    </section>
  );
}
