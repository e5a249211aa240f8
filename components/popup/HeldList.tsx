import { t } from '@/utils/browser-i18n';
import type { Interruption } from '@/utils/model';
import { HeldGroup } from './HeldGroup';
import { groupHeld } from './held';

interface Props {
  held: Interruption[];
  busy: boolean;
  onOpen: (id: string) => void;
  onDismiss: (ids: string[]) => void;
}

/** What Heads Down is holding, grouped by app; nothing at all when nothing is held. */
export function HeldList({ held, busy, onOpen, onDismiss }: Props) {
  if (held.length === 0) return null;
  const groups = groupHeld(held);
  const messages = groups.reduce((sum, g) => sum + g.messages, 0);
  return (
    <section class="card held" aria-labelledby="held-heading">
      <h2 id="held-heading" class="section-title">
        {t('popup_heldHeading')} <span class="count">{messages}</span>
      </h2>
      {groups.map((group) => (
        <HeldGroup key={group.appId} group={group} busy={busy} onOpen={onOpen} onDismiss={onDismiss} />
      ))}
    </section>
  );
}
