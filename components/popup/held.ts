/** Grouping of held interruptions by app for the popup's held list. */
import type { Interruption } from '@/utils/model';

export interface HeldGroup {
  appId: string;
  label: string;
  /** Newest first. */
  items: Interruption[];
  /** Messages the group stands for (an interruption may carry several). */
  messages: number;
}

/**
 * Held items grouped by app; the group with the newest item first, items newest first. `names` are
 * the apps' display names (FocusStatus.appNames); an app missing from it shows its id.
 */
export function groupHeld(items: readonly Interruption[], names: Readonly<Record<string, string>>): HeldGroup[] {
  const sorted = [...items].sort((a, b) => b.at - a.at);
  const groups = new Map<string, HeldGroup>();
  for (const item of sorted) {
    let group = groups.get(item.appId);
    if (!group) {
      group = { appId: item.appId, label: names[item.appId] ?? item.appId, items: [], messages: 0 };
      groups.set(item.appId, group);
    }
    group.items.push(item);
    // A held item stands for at least one message even if a signal could not say how many.
    group.messages += Math.max(1, item.messages);
  }
  return [...groups.values()];
}
