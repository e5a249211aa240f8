/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { formatClock, formatMoment } from './clock';
import type { PopupMode } from './Header';

interface Props {
  mode: PopupMode;
  end: number | null;
  pausedUntil: number | null;
  now: number;
}

/**
 * A visually hidden status line that changes only when the state does (start, extend, end, pause),
 * so screen readers announce those and never the ticking countdown.
 */
export function LiveStatus({ mode, end, pausedUntil, now }: Props) {
  let text = '';
  if ((mode === 'focusing' || mode === 'strict') && end !== null) text = t('popup_liveFocusing', formatClock(end));
  else if (mode === 'paused' && pausedUntil !== null) text = t('popup_pausedUntil', formatMoment(pausedUntil, now));
  else if (mode === 'idle') text = t('popup_liveIdle');
  return (
    <p class="visually-hidden" role="status">
      {text}
    </p>
  );
}
