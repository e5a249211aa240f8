/**
 * What a favicon shows, judged from its pixels: the guard draws the plain icon and a candidate at
 * the same small size and asks whether the candidate adds a badge. A redraw of the plain icon (a
 * library starting up, a new data: address for the same picture) is no badge. Pure.
 */

/** The size both icons are drawn at before they are compared (the tab strip's own size). */
export const JUDGE_SIZE = 16;
/** A channel difference below this is scaling or compression noise, not a drawn badge. */
const CHANNEL_NOISE = 48;
/** A badge dot covers at least this share of the icon; resampling noise covers far less. */
const BADGE_SHARE = 0.04;

/** True for a `rel` value that makes a <link> a favicon in the tab strip (`icon`, `shortcut icon`…). */
export function isIconRel(rel: string | null | undefined): boolean {
  return !!rel && /(^|[\t\n\f\r ])icon($|[\t\n\f\r ])/i.test(rel);
}

/** RGBA pixels of two icons drawn at the same size: does `candidate` show something `plain` does not? */
export function showsBadge(plain: ArrayLike<number>, candidate: ArrayLike<number>): boolean {
  if (plain.length !== candidate.length || plain.length === 0) return true;
  let changed = 0;
  for (let i = 0; i < plain.length; i += 4) {
    const a = plain[i + 3]! / 255;
    const b = candidate[i + 3]! / 255;
    for (let c = 0; c < 3; c++) {
      // Compared as drawn over white, so a transparent pixel matches a white one.
      const p = plain[i + c]! * a + 255 * (1 - a);
      const q = candidate[i + c]! * b + 255 * (1 - b);
      if (Math.abs(p - q) > CHANNEL_NOISE) {
        changed++;
        break;
      }
    }
  }
  return changed / (plain.length / 4) >= BADGE_SHARE;
}
