/** Interruption statistics against the 11-minute baseline. Pure. (Stub: filled in by the stats work.) */
export const BASELINE_MINUTES = 11;
export interface RangeStats {
  from: number;
  to: number;
  reached: number;
  held: number;
  breakthroughs: number;
  peeks: number;
  messagesHeld: number;
  focusMinutes: number;
  longestStretchMs: number;
  meanBetweenMs: number | null;
  baselineRatio: number | null;
}
