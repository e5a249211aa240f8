import { t } from '@/utils/browser-i18n';
import { formatClock, formatCountdown } from './clock';

interface Props {
  start: number;
  end: number;
  now: number;
}

/** The big time-left clock with a progress bar; a timer role, so screen readers do not read every tick. */
export function Countdown({ start, end, now }: Props) {
  const total = Math.max(1, end - start);
  const done = Math.min(1, Math.max(0, (now - start) / total));
  const left = end - now;
  return (
    <div class="countdown">
      <p class="countdown-label">{t('popup_timeLeft')}</p>
      <p class="countdown-clock" role="timer" aria-label={t('popup_endsAt', formatClock(end))}>
        {formatCountdown(left)}
      </p>
      <div class="progress" aria-hidden="true">
        <div class="progress-fill" style={{ width: `${(done * 100).toFixed(2)}%` }} />
      </div>
      <p class="countdown-sub">{left > 0 ? t('popup_endsAt', formatClock(end)) : t('popup_wrappingUp')}</p>
    </div>
  );
}
