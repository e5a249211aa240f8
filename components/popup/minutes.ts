/** Validation of the custom block length typed in the popup. */

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 720;

/** Whole minutes in 1–720 from what the person typed, or null when it is not one. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}
