import type { ComponentChildren } from 'preact';
import { t } from '@/utils/browser-i18n';

/** The page header and main landmark around everything else. */
export function Frame({ children }: { children: ComponentChildren }) {
  return (
    <div class="page">
      <header class="page-header">
        <img src="/icons/48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('options_heading')}</h1>
          <p class="tagline">{t('options_tagline')}</p>
        </div>
      </header>
      <main>{children}</main>
    </div>
  );
}

const SECTIONS = [
  ['schedule', 'options_scheduleTitle'],
  ['transfer', 'options_transferTitle'],
  ['work', 'options_workTitle'],
  ['apps', 'options_appsTitle'],
  ['batching', 'options_batchingTitle'],
  ['breakthrough', 'options_btTitle'],
  ['strict', 'options_strictTitle'],
  ['privacy', 'options_privacyTitle'],
  ['toolbar', 'options_toolbarTitle'],
] as const;

/** In-page links to each section (a sticky sidebar on wide windows). */
export function TableOfContents() {
  return (
    <nav class="toc" aria-label={t('options_tocLabel')}>
      <ul>
        {SECTIONS.map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Loading() {
  return (
    <p class="card loading" role="status">
      {t('options_loading')}
    </p>
  );
}

/** The background did not answer: say so plainly and offer to try again. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <div class="card load-failed" role="alert">
      <h2>{t('options_loadFailedTitle')}</h2>
      <p>{t('options_loadFailed')}</p>
      <button type="button" class="btn btn-primary" onClick={onRetry}>
        {t('options_retry')}
      </button>
    </div>
  );
}
