/**
 * Four realistic working weeks (issue 15's scenario): weekdays 09:00–17:30 at the desk with lunch
 * away, 25–40 interruptions a day from Slack, Gmail, Teams and WhatsApp, a 09:00–11:00 focus block
 * every weekday (held inside it, the odd breakthrough and peek), quieter Tuesday and Thursday
 * afternoons. Seeded PRNG, Berlin wall clock, so every run is the same.
 */
import type { FocusBlock, Interruption, InterruptionKind } from '../../../utils/model';
import { addDays, type DateKey, on } from './berlin';
import { block, interruption, prng } from './seeded-week';

const APPS = ['slack', 'slack', 'slack', 'gmail', 'gmail', 'teams', 'whatsapp'] as const;

export interface FourWeeks {
  /** The Monday of the first week. */
  first: DateKey;
  /** The Mondays of the four weeks. */
  weeks: DateKey[];
  blocks: FocusBlock[];
  interruptions: Interruption[];
  away: Array<{ start: number; end: number }>;
}

export function fourWeeks(first: DateKey = '2026-11-02', seed = 0x15f0c05): FourWeeks {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const blocks: FocusBlock[] = [];
  const interruptions: Interruption[] = [];
  const away: Array<{ start: number; end: number }> = [];
  const weeks = [0, 1, 2, 3].map((w) => addDays(first, 7 * w));
  for (const monday of weeks) {
    for (let d = 0; d < 5; d++) {
      const date = addDays(monday, d);
      const b = block(on(date, 9, 0), on(date, 11, 0));
      blocks.push(b);
      const lunch = { start: on(date, 12, int(20, 40)), end: on(date, 13, int(10, 30)) };
      away.push(lunch);
      const quietAfternoon = d === 1 || d === 3;
      const n = int(25, 40);
      for (let i = 0; i < n; i++) {
        // Spread over 08:30–17:30, thinner on quiet afternoons.
        let minute = int(0, 9 * 60 - 1);
        const t = () => on(date, 8 + Math.floor((minute + 30) / 60), (minute + 30) % 60, int(0, 59));
        if (quietAfternoon && minute >= 5.5 * 60 && minute < 7.5 * 60 && rand() < 0.85) minute = int(0, 5 * 60);
        const at = t();
        if (at >= lunch.start && at < lunch.end) continue; // nobody at the desk: the phone got it
        const inFocus = at >= b.start && at < (b.endedAt ?? b.end);
        const x = rand();
        const kind: InterruptionKind = inFocus
          ? x < 0.85
            ? 'held'
            : x < 0.93
              ? 'breakthrough'
              : 'peek'
          : x < 0.92
            ? 'delivered'
            : 'peek';
        interruptions.push(interruption(at, kind, APPS[int(0, APPS.length - 1)]!, int(1, 3), blocks));
      }
    }
  }
  interruptions.sort((a, b) => a.at - b.at);
  return { first, weeks, blocks, interruptions, away };
}
