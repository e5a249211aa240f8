import { t } from '@/utils/browser-i18n';
import { StartControls } from './StartControls';

/** A brand-new person: what Heads Down does in one sentence, and the way to try it. */
export function FirstRun({ busy, onStart }: { busy: boolean; onStart: (minutes: number) => void }) {
  return (
    <section class="card first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" class="hero-title">
        {t('popup_firstRunTitle')}
      </h2>
      <p class="hero-text">{t('popup_firstRunText')}</p>
      <StartControls onStart={onStart} busy={busy} />
    </section>
  );
}
