import { t } from '@/utils/browser-i18n';

/** Shown on first install (options.html#welcome): what Heads Down does and where to begin. */
export function Welcome({ onClose }: { onClose: () => void }) {
  return (
    <section class="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('options_welcomeTitle')}</h2>
      <p>{t('options_welcomeIntro')}</p>
      <ol class="welcome-steps">
        <li>{t('options_welcomeStep1')}</li>
        <li>{t('options_welcomeStep2')}</li>
        <li>{t('options_welcomeStep3')}</li>
      </ol>
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => {
            onClose();
            document.getElementById('schedule')?.scrollIntoView();
            document.getElementById('rule-0-start')?.focus();
          }}
        >
          {t('options_welcomeStart')}
        </button>
        <button type="button" class="btn btn-quiet" onClick={onClose}>
          {t('options_welcomeDismiss')}
        </button>
      </div>
    </section>
  );
}
