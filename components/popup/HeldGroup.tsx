/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import { HeldItem } from './HeldItem';
import type { HeldGroup as Group } from './held';

/** Items shown per app before "show all": the popup stays short when one app piles up. */
export const FOLDED_COUNT = 3;

interface Props {
  group: Group;
  now: number;
  busy: boolean;
  /** The group shows all its items ("show all" was pressed). */
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
  onOpen: (id: string) => void;
  onDismiss: (ids: string[]) => void;
}

/** One app's held items with a "dismiss all" for the app. */
export function HeldGroup({ group, now, busy, expanded, onExpand, onOpen, onDismiss }: Props) {
  const headingId = `held-${group.appId.replace(/[^a-z0-9-]/gi, '-')}`;
  const shown = expanded ? group.items : group.items.slice(0, FOLDED_COUNT);
  const hidden = group.items.length - shown.length;
  return (
    <section class="held-group" aria-labelledby={headingId}>
      <div class="held-group-head">
        <h3 id={headingId}>
          {group.label} <span class="count">{group.messages}</span>
        </h3>
        <button
          type="button"
          class="link-button"
          disabled={busy}
          onClick={() => onDismiss(group.items.map((item) => item.id))}
          aria-label={t('popup_dismissAllLabel', group.items.length, group.label)}
        >
          {t('popup_dismissAll')}
        </button>
      </div>
      <ul class="held-items">
        {shown.map((item) => (
          <HeldItem item={item} appName={group.label} now={now} busy={busy} onOpen={onOpen} onDismiss={onDismiss} />
        ))}
      </ul>
      {(hidden > 0 || expanded) && group.items.length > FOLDED_COUNT && (
        <button type="button" class="link-button more" aria-expanded={expanded} onClick={() => onExpand(!expanded)}>
          {expanded ? t('popup_showFewer') : t('popup_showMore', hidden)}
        </button>
      )}
    </section>
  );
}
