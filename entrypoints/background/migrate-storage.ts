/** Applies utils/storage-migration.ts to storage.local; a no-op once it is current. */
import { browser } from 'wxt/browser';
import { migrationPlan } from '@/utils/storage-migration';

export async function migrateStorage(): Promise<void> {
  const plan = migrationPlan(await browser.storage.local.get(null));
  if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
  if (Object.keys(plan.set).length > 0) await browser.storage.local.set(plan.set);
}
