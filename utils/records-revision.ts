/**
 * The records revision's key, for code written before utils/browser-storage.ts (where the item and
 * its reason live): use `recordsRevision` from there instead.
 */
import { recordsRevision } from './browser-storage';

export const RECORDS_REVISION_KEY = recordsRevision.key;
