/** The week in plain words; an empty week says so once, and how the page gets filled. */
import { t } from '@/utils/browser-i18n';

/** The summary paragraph, or the empty-week explanation instead of it. */
export function Summary({ sentence }: { sentence: string | null }) {
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('report_summary_heading')}</h2>
      {sentence === null ? (
        <p data-testid="empty-week">{t('report_empty')}</p>
      ) : (
        <p data-testid="summary">{sentence}</p>
      )}
    </section>
  );
}
