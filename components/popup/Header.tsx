/** @jsxImportSource @/components/popup/jsx */
import { type MessageKey, t } from '@/utils/browser-i18n';

export type PopupMode = 'loading' | 'idle' | 'paused' | 'focusing' | 'strict';

const BADGE_KEY: Record<PopupMode, MessageKey | null> = {
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
        {/* The same icon the toolbar shows, so the popup and the button agree on the state. */}
        <img
          class="brand-mark"
          src={mode === 'focusing' || mode === 'strict' ? '/icons/focus-32.png' : '/icons/32.png'}
          alt=""
          width="20"
          height="20"
        />
        {t('extName')}
      </h1>
      {badge && <span class={`badge badge-${mode}`}>{t(badge)}</span>}
    </header>
  );
}
