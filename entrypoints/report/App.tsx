/**
 * The weekly interruption report (issues 6 and 15): the working day against the 11-minute baseline,
 * day by day, from utils/workday.ts's one definition. Reads the shown week and the one before it
 * by index; the eight-week trend and the suggestions are read once the week is drawn.
 *
 * Stable data-testid attributes, for end-to-end tests and links from the digest. Minutes are exact
 * (not rounded) in every data-value:
 *   main#report[data-state]            "loading" | "ready" | "error"; ready once the shown week is drawn
 *                                      (also performance.mark READY_MARK, for the benchmark)
 *   week-range[data-week]              heading; data-week = yyyy-MM-dd of the week's first local day
 *   week-zone, week-prev, week-this, week-next   (week-prev is disabled at the first week with data)
 *   summary                            the week in words, from the total row's figures
 *   empty-week                         instead of the summary, tables and charts when nothing was recorded
 *   day-<yyyy-MM-dd>[data-state], total[data-state]   the rows: "shown" or "blank" (future, before history)
 *   day-<yyyy-MM-dd>-<field>, total-<field>
 *       work, focus                    text "7 h 40 min", data-value = present minutes / focus minutes
 *       reached, held, peeks           counts in present time (data-value the same)
 *       longest                        longest stretch at work, text a duration, data-value minutes
 *       every-work, every-focus        "every 14 min" | "none" | "2 in 24 min" | "—";
 *                                      data-value = mean stretch minutes ("" when none),
 *                                      data-rate = "rate" | "none" | "few" | "blank"
 *       (blank rows: every cell has data-value "")
 *   bar-<yyyy-MM-dd>[data-work][data-focus]   what the chart draws: "bar" | "none" | "few" | ""
 *   trend-<yyyy-MM-dd>[data-value][data-rate]  the weekly mean at work (weeks from the first with data)
 *   blocks[data-value]                 the week's blocks (count); blocks-none when there are none
 *   block-<id>-<field>                 field ∈ start, end (data-value ms), origin (data-value), held, reached, peeks
 *   block-<id>-delete, block-delete-confirm, block-delete-cancel, blocks-status
 *   app-<appId>-<field>                field ∈ name, held, reached, breakthroughs, peeks, messages
 *   heat-<yyyy-MM-dd>-<HH>             arrivals in that local hour (peeks excluded); heat-legend
 *   chart-bars, chart-heatmap, chart-trend   the SVG charts (role="img"; the tables carry their figures)
 *   suggestion-<n>[data-weekdays "2,4"][data-hour][data-value per hour], suggestion-<n>-evidence,
 *   suggestions-none[data-reason "tooLittleData" | "noneQuieter"]
 *   export-week-csv, export-week-json, export-all, import, import-file,
 *   delete-all, delete-confirm, delete-cancel, tools-status
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadText } from '@/components/download';
import { AppTable } from '@/components/report/AppTable';
import { BlockList } from '@/components/report/BlockList';
import { DataTools } from '@/components/report/DataTools';
import { DayBars } from '@/components/report/DayBars';
import { DayTable } from '@/components/report/DayTable';
import { dateFormat } from '@/components/report/figures';
import { Heatmap } from '@/components/report/Heatmap';
import { Suggestions } from '@/components/report/Suggestions';
import { Summary } from '@/components/report/Summary';
import { weekSummary } from '@/components/report/sentences';
import { Trend, type TrendWeek } from '@/components/report/Trend';
import { WeekNav } from '@/components/report/WeekNav';
import { t, uiLocale } from '@/utils/browser-i18n';
import { failureText } from '@/utils/db';
import { firstWeekdayOf } from '@/utils/first-weekday';
import { loadSchedule, loadSettings } from '@/utils/records';
import { reportAppName, weekFiguresJson, weekToCsv } from '@/utils/report-csv';
import { coveringRange, DAY_MS, readAllHistory, readRangeWithAway, readReportInput } from '@/utils/report-query';
import { withDefaults } from '@/utils/settings';
import type { SuggestionResult } from '@/utils/suggestions';
import { buildWeek, type WeekInput, type WeekReport, weekStart, weekTotal } from '@/utils/week';
import { addScheduleRule, deleteAllData, deleteBlock, importHistoryText } from './actions';
import { shiftWeek, systemZone, weekFromSearch, weekParam } from './week-url';

export interface AppProps {
  /** The clock; tests pin it. */
  now?: () => number;
  zone?: string;
  firstDay?: 1 | 7;
  /**
   * The rollback of an import whose page was closed mid-way (main.tsx): true when it removed records.
   * The shown week is read meanwhile, and read again when it did.
   */
  before?: Promise<boolean>;
}

/** performance.mark set each time a week's figures are drawn (first one = first meaningful paint). */
export const READY_MARK = 'heads-down:report-ready';
const TREND_WEEKS = 8;

const errorText = (error: unknown) => failureText(error, { t });

/** The week's events (from the per-day rollups), working hours and where history starts: the input of every figure. */
async function readInput(from: number, to: number, now: number): Promise<WeekInput> {
  const { interruptions, blocks, away, settings, firstDataAt } = await readReportInput(from, to, now);
  return { interruptions, blocks, away, workHours: withDefaults(settings).workHours, firstDataAt };
}

/** The app most arrivals came from, when more than one arrived. */
function topApp(week: WeekReport): string | null {
  const arrivals = (a: WeekReport['perApp'][number]) => a.held + a.reached;
  const top = week.perApp.reduce<WeekReport['perApp'][number] | undefined>(
    (best, a) => (!best || arrivals(a) > arrivals(best) ? a : best),
    undefined,
  );
  return top && week.perApp.reduce((n, a) => n + arrivals(a), 0) > 1 ? reportAppName(top.appId) : null;
}

/** The report page. */
export function App({
  now = Date.now,
  zone = systemZone(),
  firstDay = firstWeekdayOf(uiLocale()),
  before = Promise.resolve(false),
}: AppProps) {
  const [start, setStart] = useState(() => weekFromSearch(location.search, zone, firstDay, now()));
  // The shown week and the one before it: the headline says the change from last week.
  const readWeek = (weekStartMs: number) => {
    const read = () =>
      readInput(shiftWeek(weekStartMs, -1, zone, firstDay), shiftWeek(weekStartMs, 1, zone, firstDay), now());
    // Read while the rollback looks for an unfinished import (there almost never is one), not after it.
    const meanwhile = read();
    return before.then((rolledBack) => {
      if (!rolledBack) return meanwhile;
      meanwhile.catch(() => {}); // read before the rollback: not used
      return read();
    });
  };
  // The first week's read starts with the first render, not in an effect: an effect runs only after
  // the loading state is painted (a frame later), and IndexedDB can work meanwhile.
  const [firstRead] = useState(() => {
    const input = readWeek(start);
    input.catch(() => {}); // handled where it is used; unused when the week changed before that
    return { start, input };
  });
  const firstReadUsed = useRef(false);
  const [loaded, setLoaded] = useState<{ start: number; input: WeekInput } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [trend, setTrend] = useState<{ start: number; weeks: TrendWeek[] } | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionResult | null>(null);
  // Bumped after an import or a delete, to read the week (and the rest) again.
  const [generation, setGeneration] = useState(0);
  const thisWeek = weekStart(now(), zone, firstDay);

  useEffect(() => {
    let live = true;
    setError(null);
    const early = !firstReadUsed.current && generation === 0 && firstRead.start === start;
    firstReadUsed.current = true;
    (early ? firstRead.input : readWeek(start)).then(
      (input) => live && setLoaded({ start, input }),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [start, zone, firstDay, generation, now]);

  // The trend and the suggestions read more weeks, so they wait until the shown week is on screen.
  const shownStart = loaded?.start ?? null;
  useEffect(() => {
    if (shownStart === null) return;
    let live = true;
    const at = now();
    const timer = setTimeout(() => {
      const first = shiftWeek(shownStart, 1 - TREND_WEEKS, zone, firstDay);
      const trendRange = { from: first, to: shiftWeek(shownStart, 1, zone, firstDay) };
      // Eight weeks and two days back: suggestQuietRules cuts at eight calendar weeks itself (DST).
      const suggestionRange = { from: at - 58 * DAY_MS, to: at };
      // Both look at the last eight weeks when this week is shown: read them once (each keeps to its range).
      const both = coveringRange(trendRange, suggestionRange);
      const trendInput = both ? readInput(both.from, both.to, at) : readInput(trendRange.from, trendRange.to, at);
      const suggestionInput = both ? trendInput : readInput(suggestionRange.from, suggestionRange.to, at);
      trendInput.then(
        (input) => {
          const firstWeek = input.firstDataAt === null ? null : weekStart(input.firstDataAt, zone, firstDay);
          const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => shiftWeek(first, i, zone, firstDay))
            .filter((ws) => firstWeek !== null && ws >= firstWeek && ws <= at)
            .map((ws) => ({ start: ws, total: weekTotal(input, ws, zone, at) }));
          if (live) setTrend({ start: shownStart, weeks });
        },
        () => live && setTrend({ start: shownStart, weeks: [] }),
      );
      // The suggestions' code loads with them, after the week is drawn.
      Promise.all([suggestionInput, loadSchedule(), import('@/utils/suggestions')]).then(
        ([input, schedule, { suggestQuietRules }]) =>
          live && setSuggestions(suggestQuietRules({ ...input, schedule: schedule.rules, zone, now: at })),
        () => live && setSuggestions({ ok: false, reason: 'tooLittleData', days: 0 }),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [shownStart, generation, zone, firstDay, now]);

  useEffect(() => {
    const onPop = () => setStart(weekFromSearch(location.search, zone, firstDay, now()));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [zone, firstDay, now]);

  const shown = useMemo(() => {
    if (!loaded || loaded.start !== start) return null;
    const at = now();
    const week = buildWeek(loaded.input, start, zone, at);
    const previous = weekTotal(loaded.input, shiftWeek(start, -1, zone, firstDay), zone, at);
    const sentence = week.empty || !week.total ? null : weekSummary(week.total, previous, topApp(week));
    return { week, sentence, input: loaded.input };
  }, [loaded, start, zone, firstDay, now]);
  const week = shown?.week ?? null;

  const move = (weeks: -1 | 0 | 1) => {
    const next = weeks === 0 ? thisWeek : shiftWeek(start, weeks, zone, firstDay);
    const url = new URL(location.href);
    url.searchParams.set('week', weekParam(next, zone));
    history.pushState(null, '', url);
    setStart(next);
  };

  const weekDate = weekParam(start, zone);
  const end = shiftWeek(start, 1, zone, firstDay);
  const range = dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  const firstDataAt = loaded?.input.firstDataAt ?? null;
  const canGoPrev = firstDataAt !== null && start > weekStart(firstDataAt, zone, firstDay);
  const state = error ? 'error' : week ? 'ready' : 'loading';

  // The benchmark reads this mark: navigation start → the shown week's figures are in the DOM.
  useEffect(() => {
    if (week) performance.mark(READY_MARK, { detail: { week: weekParam(week.start, zone) } });
  }, [week, zone]);

  const refresh = <T extends { ok: boolean }>(outcome: T): T => {
    if (outcome.ok) setGeneration((g) => g + 1);
    return outcome;
  };

  return (
    <main id="report" data-state={state} aria-busy={state === 'loading'}>
      <WeekNav
        weekDate={weekDate}
        range={range.formatRange(start, end - 1)}
        zone={zone}
        isThisWeek={start === thisWeek}
        canGoNext={start < thisWeek}
        canGoPrev={canGoPrev}
        onMove={move}
      />
      {error && (
        <p role="alert" class="error">
          {`${t('report_load_failed')} ${error}`}
        </p>
      )}
      {!week && !error && <p class="muted">{t('report_loading')}</p>}
      {week && shown && (
        <>
          <Summary sentence={shown.sentence} />
          {!week.empty && (
            <>
              <section aria-labelledby="days-heading">
                <h2 id="days-heading">{t('report_days_heading')}</h2>
                <DayTable week={week} />
              </section>
              <div class="charts">
                <section aria-labelledby="bars-heading">
                  <h2 id="bars-heading">{t('report_bars_heading')}</h2>
                  <DayBars week={week} />
                </section>
                <section aria-labelledby="trend-heading">
                  <h2 id="trend-heading">{t('report_trend_heading')}</h2>
                  <Trend weeks={trend?.start === start ? trend.weeks : null} zone={zone} />
                </section>
              </div>
              <section aria-labelledby="heatmap-heading">
                <h2 id="heatmap-heading">{t('report_heatmap_heading')}</h2>
                <Heatmap week={week} />
              </section>
              <section aria-labelledby="blocks-heading">
                <h2 id="blocks-heading">{t('report_blocks_heading')}</h2>
                <BlockList blocks={week.blocks} zone={zone} onDelete={async (id) => refresh(await deleteBlock(id))} />
              </section>
              <section aria-labelledby="apps-heading">
                <h2 id="apps-heading">{t('report_apps_heading')}</h2>
                <AppTable week={week} appName={reportAppName} />
              </section>
            </>
          )}
        </>
      )}
      <Suggestions result={suggestions} onAdd={addScheduleRule} />
      <DataTools
        onExportWeekCsv={() => week && downloadText(`heads-down-week-${weekDate}.csv`, weekToCsv(week), 'text/csv')}
        onExportWeekJson={async () => {
          if (!shown) return;
          const { input } = shown;
          const inWeek = <T extends { start: number; end: number }>(s: T) => s.start < end && s.end > start;
          // The file holds the records themselves, read now; the figures hold only their rollups.
          const [records, { serializeHistory }] = await Promise.all([
            readRangeWithAway(start, end, now()),
            import('@/utils/history-file'),
          ]);
          downloadText(
            `heads-down-week-${weekDate}.json`,
            serializeHistory(
              records.interruptions,
              records.blocks.filter((b) => inWeek({ start: b.start, end: b.endedAt ?? b.end })),
              now(),
              { workHours: input.workHours, away: records.away.filter(inWeek) },
              { week: weekFiguresJson(shown.week) },
            ),
            'application/json',
          );
        }}
        onExportAll={async () => {
          const [all, settings, { serializeHistory }] = await Promise.all([
            readAllHistory(),
            loadSettings(),
            import('@/utils/history-file'),
          ]);
          const name = `heads-down-history-${weekParam(now(), zone)}.json`;
          downloadText(
            name,
            serializeHistory(all.interruptions, all.blocks, now(), { workHours: settings.workHours, away: all.away }),
            'application/json',
          );
          return null;
        }}
        onImport={async (text, onProgress) => refresh(await importHistoryText(text, onProgress))}
        onDeleteAll={async () => refresh(await deleteAllData())}
      />
    </main>
  );
}
