/**
 * The title rule of a custom site that borrows no grammar (entrypoints/guard/index.ts): with no
 * grammar to read a count by, the title moving away from the first clean title the page showed is
 * the signal, and during a block the tab shows that first title instead. Only the custom sites'
 * guard carries it: a catalog app always reads its titles with its own grammar (issue 12 counts
 * every byte of its guard).
 */
import type { UnreadReading } from '@/utils/title';

/** Given each title and its reading: the page's base title when `real` moved away from it, else null. */
export type BaseTitleRule = (real: string, reading: UnreadReading) => string | null;

/** The rule for one page; `known()` is true while the site borrows a grammar, and the rule then stays out of the way. */
export function baseTitleRule(known: () => boolean): BaseTitleRule {
  let base: string | null = null;
  return (real, reading) => {
    if (reading.kind !== 'none') return null;
    if (base === null && real) base = real;
    return !known() && base !== null && real !== base ? base : null;
  };
}
