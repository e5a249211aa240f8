/** @jsxImportSource @/components/popup/jsx */
import { t } from '@/utils/browser-i18n';
import type { Interruption } from '@/utils/model';
import { HeldGroup } from './HeldGroup';
import { groupHeld } from './held';

interface Props {
  held: Interruption[];
  /** Display names by app id (FocusStatus.appNames). */
  appNames: Record<string, string>;
  /** The popup's clock: items from another day carry their date. */
  now: number;
  busy: boolean;
  /** App ids whose groups show all their items. */
  expanded: readonly string[];
  onExpand: (appId: string, expanded: boolean) => void;
  onOpen: (id: string) => void;
  onDismiss: (ids: string[]) => void;
}

/** What Heads Down is holding, grouped by app; nothing at all when nothing is held. */
export function HeldList({ held, appNames, now, busy, expanded, onExpand, onOpen, onDismiss }: Props) {
  if (held.length === 0) return null;
  const groups = groupHeld(held, appNames);
  const messages = groups.reduce((sum, g) => sum + g.messages, 0);
  return (
    <section class="card held" aria-labelledby="held-heading">
      <div class="held-group-head">
        <h2 id="held-heading" class="section-title">
          {t('popup_heldHeading')} <span class="count">{messages}</span>
        </h2>
        <button
          type="button"
          class="link-button"
          data-action="clear-all"
          disabled={busy}
          onClick={() => onDismiss(held.map((item) => item.id))}
        >
          {t('popup_clearAll')}
        </button>
      </div>
      {groups.map((group) => (
        <HeldGroup
          group={group}
          now={now}
          busy={busy}
          expanded={expanded.includes(group.appId)}
          onExpand={(open) => onExpand(group.appId, open)}
          onOpen={onOpen}
          onDismiss={onDismiss}
        />
      ))}
    </section>
  );
}
