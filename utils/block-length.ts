/**
 * How long a block may last, in whole minutes: the one place the limit is written. Twelve hours is
 * longer than any working day's stretch of focus, and short enough that a block started by mistake
 * with an extra zero ends the same day. The messages that state the limit (err_blockMinutes,
 * err_extendMinutes, err_settings_defaultMinutes in locales/) say the same numbers in words. Pure.
 */
export const MIN_BLOCK_MINUTES = 1;
export const MAX_BLOCK_MINUTES = 720;

/** Whether `m` is a block length (or an extension) the background accepts. */
export function isBlockMinutes(m: unknown): m is number {
  return typeof m === 'number' && Number.isInteger(m) && m >= MIN_BLOCK_MINUTES && m <= MAX_BLOCK_MINUTES;
}
