/** Domain records shared by every context. Plain JSON: times are epoch ms (UTC). */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One weekly schedule rule, exactly as in the export format. */
export interface ScheduleRule {
  days: Weekday[];
  /** Wall-clock "HH:MM" in `zone`; an end not after the start crosses midnight. */
  start: string;
  end: string;
  /** An IANA zone, or "local" for wherever the person is. */
  zone: string;
}

/** The schedule export/import file. */
export interface ScheduleFile {
  format: 'heads-down-schedule';
  version: 1;
  rules: ScheduleRule[];
}

/** A focus block as it actually ran (or is running). */
export interface FocusBlock {
  id: string;
  start: number;
  /** Planned end; moves when the person extends the block. */
  end: number;
  /** Set when the block is over: the real end (may be before `end` when ended early). */
  endedAt: number | null;
  origin: 'schedule' | 'manual';
  endedEarly: boolean;
  strict: boolean;
  /** The digest for this block has been shown (so a restart never shows it twice). */
  digestShown: boolean;
  /** The last batch-window release inside this block, if the person chose batch windows. */
  lastBatchAt?: number;
}

/** What one page observation was. */
export type SignalKind = 'notification' | 'title' | 'favicon' | 'sound';

/** How an interruption was treated. A peek is the person opening a watched tab during a block. */
export type InterruptionKind = 'delivered' | 'held' | 'breakthrough' | 'peek';

/** One interruption: one or more signals from one tab that belong together. */
export interface Interruption {
  id: string;
  /** UTC ms of the first signal. */
  at: number;
  /** UTC ms of the latest signal merged into it. */
  lastAt: number;
  /** UTC offset in minutes at `at` in the person's zone (e.g. 60 for CET). */
  offsetMin: number;
  appId: string;
  tabId: number | null;
  kind: InterruptionKind;
  /** How many messages it stands for (0 for a peek). */
  messages: number;
  signals: SignalKind[];
  blockId: string | null;
  /** Notification text, kept only if the person allows it, and only for `textDays` days. */
  text: { title: string; body: string } | null;
  /** For held items: still listed in the popup until opened or dismissed. */
  state: 'pending' | 'released' | 'opened' | 'dismissed';
  /**
   * Per-kind counts behind `messages` (see utils/interruptions.ts): notification signals, and the
   * summed rises of the title's unread count. Absent on records made before grouping kept it.
   */
  tally?: { notification: number; rise: number };
}
