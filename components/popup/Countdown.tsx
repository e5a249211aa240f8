/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { formatClock, formatCountdown } from './clock';

interface Props {
  start: number;
  end: number;
  now: number;
}

/** What the countdown shows at `now`: the clock face, the progress bar's width and the line under it. */
function face({ start, end, now }: Props) {
  const done = Math.min(1, Math.max(0, (now - start) / Math.max(1, end - start)));
  const left = end - now;
  return {
    clock: formatCountdown(left),
    width: `${(done * 100).toFixed(2)}%`,
    sub: left > 0 ? t('popup_endsAt', formatClock(end)) : t('popup_wrappingUp'),
  };
}

/** The big time-left clock with a progress bar; a timer role, so screen readers do not read every tick. */
export function Countdown(props: Props) {
  const shown = face(props);
  return (
    <div class="countdown">
      <p class="countdown-label">{t('popup_timeLeft')}</p>
      <p class="countdown-clock" role="timer" aria-label={t('popup_endsAt', formatClock(props.end))}>
        {shown.clock}
      </p>
      <div class="progress" aria-hidden="true">
        <div class="progress-fill" style={`width: ${shown.width}`} />
      </div>
      <p class="countdown-sub">{shown.sub}</p>
    </div>
  );
}

/** The once-a-second tick: rewrites only the countdown's own text and bar, nothing else on the page. */
export function tickCountdown(root: ParentNode, props: Props): void {
  const shown = face(props);
  const clock = root.querySelector('.countdown-clock');
  const fill = root.querySelector<HTMLElement>('.progress-fill');
  const sub = root.querySelector('.countdown-sub');
  if (clock && clock.textContent !== shown.clock) clock.textContent = shown.clock;
  if (fill) fill.style.width = shown.width;
  if (sub && sub.textContent !== shown.sub) sub.textContent = shown.sub;
}
