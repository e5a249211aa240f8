/** @jsxImportSource @/components/popup/jsx */
import { plural, t } from '@/utils/browser-i18n';
import type { Interruption } from '@/utils/model';
import { formatWhen } from './clock';

interface Props {
  item: Interruption;
  appName: string;
  /** The popup's clock: items from another day carry their date. */
  now: number;
  busy: boolean;
  onOpen: (id: string) => void;
  onDismiss: (ids: string[]) => void;
}

/** One held interruption: its text when kept (else how many messages), openable or dismissible. */
export function HeldItem({ item, appName, now, busy, onOpen, onDismiss }: Props) {
  const messages = Math.max(1, item.messages);
  const title = item.text?.title.trim() || plural('popup_heldMessages', messages);
  const body = item.text?.body.trim();
  const time = formatWhen(item.at, now);
  return (
    <li class="held-item">
      <button
        type="button"
        class="held-open"
        disabled={busy}
        onClick={() => onOpen(item.id)}
        title={t('popup_heldOpenLabel', title, appName, time)}
      >
        <span class="held-title">{title}</span>
        {body && <span class="held-body">{body}</span>}
        {item.text && messages > 1 && <span class="held-body">{t('popup_heldMore', messages - 1)}</span>}
        <span class="held-time">{time}</span>
      </button>
      <button
        type="button"
        class="icon-button"
        disabled={busy}
        onClick={() => onDismiss([item.id])}
        aria-label={t('popup_heldDismissLabel', title)}
        title={t('popup_dismiss')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
