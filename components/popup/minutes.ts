/** Validation of the custom block length typed in the popup. */
import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES } from '@/utils/block-length';

export const MIN_MINUTES = MIN_BLOCK_MINUTES;
export const MAX_MINUTES = MAX_BLOCK_MINUTES;

/** Whole minutes in the block length's range (utils/block-length.ts) from what the person typed, or null when it is not one. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}
