import { t } from '@/utils/browser-i18n';

export type PopupMode = 'loading' | 'idle' | 'paused' | 'focusing' | 'strict';

const BADGE_KEY: Record<PopupMode, string | null> = {
  loading: null,
  idle: 'popup_badgeIdle',
  paused: 'popup_badgePaused',
  focusing: 'popup_badgeFocusing',
  strict: 'popup_badgeStrict',
};

/** The product name and a badge saying what state Heads Down is in. */
export function Header({ mode }: { mode: PopupMode }) {
  const badge = BADGE_KEY[mode];
  return (
    <header class="header">
      <h1 class="brand">
        <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M7 13.5c1.5 2 3.2 3 5 3s3.5-1 5-3" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        {t('extName')}
      </h1>
      {badge && <span class={`badge badge-${mode}`}>{t(badge)}</span>}
    </header>
  );
}
