/**
 * The research baseline: the average worker goes 11 minutes without a distraction over the working
 * day (60 / 11 ≈ 5.5 interruptions an hour). Its own module so the popup can use it without loading
 * anything else.
 */
export const BASELINE_MINUTES = 11;

/**
 * No rate or comparison before this much present time or this many breaks: a mean over less says
 * more about chance than about the day ("2 interruptions in 24 min so far" instead). The popup and
 * the report both follow it.
 */
export const MIN_RATE_MINUTES = 30;
export const MIN_RATE_BREAKS = 3;
