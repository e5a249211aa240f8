/**
 * How the report words figures, written out from the examples ("One interruption every
 * 16 min at work — shorter than the 11-minute baseline", "2 interruptions in 24 min so far", a
 * longest stretch as a duration), so the test checks texts as well as raw data-values.
 */
import type { ExpectedWeek, Figures, Stretch } from './expected';

export const BASELINE_MINUTES = 11;

/** The names people know the seeded apps by. */
export const APP_NAMES: Record<string, string> = {
  gmail: 'Gmail',
  slack: 'Slack',
  discord: 'Discord',
  whatsapp: 'WhatsApp',
  teams: 'Microsoft Teams',
  'custom:https://chat.example.org': 'chat.example.org',
};

/** "under a minute", "47 min", "2 h", "1 h 52 min", to the nearest minute. */
export function duration(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 1) return 'under a minute';
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  return total % 60 === 0 ? `${h} h` : `${h} h ${total % 60} min`;
}

/** A table duration: "0 min" for none. */
export const cellDuration = (minutes: number) => (minutes > 0 ? duration(minutes) : '0 min');

const breaks = (s: Stretch) => s.reached + s.peeks;
const rated = (s: Stretch) => s.minutes >= 30 && breaks(s) >= 3 && s.mean !== null;

/** An "every" cell: "every 14 min", "none", "2 in 24 min", or "—" without time. */
export function everyCell(s: Stretch): { text: string; rate: string } {
  if (!(s.minutes > 0)) return { text: '—', rate: 'blank' };
  if (rated(s)) return { text: s.mean! < 1 ? 'more than once a minute' : `every ${duration(s.mean!)}`, rate: 'rate' };
  if (breaks(s) === 0) return { text: 'none', rate: 'none' };
  return { text: `${breaks(s)} in ${cellDuration(s.minutes)}`, rate: 'few' };
}

function direction(mean: number): string {
  const shown = Math.round(mean);
  const word =
    shown < BASELINE_MINUTES ? 'shorter than' : shown > BASELINE_MINUTES ? 'longer than' : 'about the same as';
  return `${word} the ${BASELINE_MINUTES}-minute baseline`;
}

function rateSentence(s: Stretch, scope: 'work' | 'focus'): string {
  const lead = scope === 'focus' ? 'In focus: ' : '';
  const where = scope === 'work' ? ' at work' : '';
  if (rated(s)) {
    if (s.mean! < 1)
      return scope === 'work'
        ? `More than one interruption a minute at work — ${direction(s.mean!)}`
        : `In focus: more than one interruption a minute — ${direction(s.mean!)}`;
    return `${lead}${lead ? 'one' : 'One'} interruption every ${duration(s.mean!)}${where} — ${direction(s.mean!)}`;
  }
  const n = breaks(s);
  if (n === 0)
    return scope === 'work'
      ? `No interruptions in ${duration(s.minutes)} at work`
      : `In focus: no interruptions in ${duration(s.minutes)}`;
  const noun = n === 1 ? 'interruption' : 'interruptions';
  return `${lead}${n} ${noun} in ${duration(s.minutes)} ${scope === 'work' ? 'at work' : 'of focus'}, too little to compare with the baseline`;
}

const count = (n: number, one: string, other = one) => `${n} ${n === 1 ? one : other}`;

/** The summary of a week with working time, with last week's figures when they are known. */
export function summary(week: ExpectedWeek, previous: Figures | null): string {
  const t = week.total;
  let headline = `${rateSentence(t, 'work')}.`;
  if (previous && rated(t) && rated(previous)) {
    const diff = Math.round(t.mean!) - Math.round(previous.mean!);
    const change =
      diff === 0
        ? 'the same as last week'
        : `${duration(Math.abs(diff))} ${diff > 0 ? 'longer' : 'shorter'} than last week`;
    headline = `${rateSentence(t, 'work')}; ${change}.`;
  }
  const parts = [headline];
  if (t.focus.minutes > 0) parts.push(`${rateSentence(t.focus, 'focus')}.`);
  parts.push(
    `At work: ${count(t.held, 'held that would have reached you')}, ${count(t.reached, 'reached you')} and ${count(t.peeks, 'peek', 'peeks')}.`,
  );
  const arrivals = (a: ExpectedWeek['apps'][number]) => a.held + a.reached;
  const top = week.apps.reduce<ExpectedWeek['apps'][number] | undefined>(
    (b, a) => (!b || arrivals(a) > arrivals(b) ? a : b),
    undefined,
  );
  if (top && week.apps.reduce((n, a) => n + arrivals(a), 0) > 1)
    parts.push(`Most interruptions came from ${APP_NAMES[top.appId] ?? top.appId}.`);
  return parts.join(' ');
}
