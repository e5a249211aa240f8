/**
 * The weekly interruption report (SPEC §5, issue 6). Reads only the shown week, by index.
 *
 * Stable data-testid attributes, for end-to-end tests and links from the digest:
 *   main#report[data-state]            "loading" | "ready" | "error"; ready once the shown week is drawn
 *                                      (also performance.mark READY_MARK, for the benchmark)
 *   week-range[data-week]              heading; data-week = yyyy-MM-dd of the week's first local day
 *   week-zone, week-prev, week-this, week-next
 *   summary, empty-week                the plain-words sentence; the first-visit explanation
 *   day-<yyyy-MM-dd>-<field>, total-<field>   field ∈ focus, held, reached, breakthroughs, peeks, longest, mean
 *       focus: text "1 h 52 min", data-value = focus minutes
 *       longest / mean: text, data-value = milliseconds ("" when there is none)
 *   total-blocks[data-value]           focus blocks in the week (overlaps merged)
 *   app-<appId>-<field>                field ∈ name, held, reached, breakthroughs, peeks, messages
 *   heat-<yyyy-MM-dd>-<HH>             arrivals in that local hour (peeks excluded)
 *   chart-bars, chart-heatmap          the SVG charts (role="img"; the tables carry their figures)
 *   suggestion-<n>[data-weekday 1–5][data-hour], suggestions-none
 *   export-week-csv, export-week-json, export-all, import, import-file,
 *   delete-all, delete-confirm, delete-cancel, tools-status
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '@/components/download';
import { AppTable } from '@/components/report/AppTable';
import { DataTools } from '@/components/report/DataTools';
import { DayBars } from '@/components/report/DayBars';
import { DayTable } from '@/components/report/DayTable';
import { Heatmap } from '@/components/report/Heatmap';
import { type QuietWindow, Suggestions } from '@/components/report/Suggestions';
import { Summary } from '@/components/report/Summary';
import { WeekNav } from '@/components/report/WeekNav';
import { t } from '@/utils/browser-i18n';
import { serializeHistory } from '@/utils/history-file';
import { reportAppName, weekToCsv } from '@/utils/report-csv';
import { DAY_MS, type RangeRecords, readAllHistory, readInterruptions, readRange } from '@/utils/report-query';
import { blockInterval } from '@/utils/stats';
import { buildWeek, suggestQuietWindows, summarySentence, weekStart } from '@/utils/week';
import { addQuietWindow, deleteAllData, importHistoryText } from './actions';
import { localeFirstDay, shiftWeek, systemZone, weekFromSearch, weekParam } from './week-url';

export interface AppProps {
  /** The clock; tests pin it. */
  now?: () => number;
  zone?: string;
  firstDay?: 1 | 7;
}

/** performance.mark set each time a week's figures are drawn (first one = first meaningful paint). */
export const READY_MARK = 'heads-down:report-ready';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The report page. */
export function App({ now = Date.now, zone = systemZone(), firstDay = localeFirstDay(navigator.language) }: AppProps) {
  const [start, setStart] = useState(() => weekFromSearch(location.search, zone, firstDay, now()));
  const [loaded, setLoaded] = useState<{ start: number; records: RangeRecords } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [windows, setWindows] = useState<QuietWindow[] | null>(null);
  // Bumped after an import or a delete, to read the week (and the suggestions) again.
  const [generation, setGeneration] = useState(0);
  const thisWeek = weekStart(now(), zone, firstDay);

  useEffect(() => {
    let live = true;
    setError(null);
    readRange(start, shiftWeek(start, 1, zone, firstDay)).then(
      (records) => live && setLoaded({ start, records }),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [start, zone, firstDay, generation]);

  // Suggestions read four weeks, so they wait until the shown week is on screen.
  const weekShown = loaded !== null;
  useEffect(() => {
    if (!weekShown) return;
    const at = now();
    const timer = setTimeout(() => {
      // One day more than four weeks: suggestQuietWindows cuts at four calendar weeks itself (DST).
      readInterruptions(at - 29 * DAY_MS, at).then(
        (list) => setWindows(list.some((r) => r.kind !== 'peek') ? suggestQuietWindows(list, at, zone, 3) : []),
        () => setWindows([]),
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [weekShown, generation, zone, now]);

  useEffect(() => {
    const onPop = () => setStart(weekFromSearch(location.search, zone, firstDay, now()));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [zone, firstDay, now]);

  const week = useMemo(() => {
    if (!loaded || loaded.start !== start) return null;
    const { interruptions, blocks } = loaded.records;
    return buildWeek(interruptions, blocks.map(blockInterval), start, zone, now());
  }, [loaded, start, zone, now]);

  const move = (weeks: -1 | 0 | 1) => {
    const next = weeks === 0 ? thisWeek : shiftWeek(start, weeks, zone, firstDay);
    const url = new URL(location.href);
    url.searchParams.set('week', weekParam(next, zone));
    history.pushState(null, '', url);
    setStart(next);
  };

  const weekDate = weekParam(start, zone);
  const lastDay = shiftWeek(start, 1, zone, firstDay) - 1;
  const range = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone });
  const empty =
    week !== null && week.total.held + week.total.reached + week.total.peeks === 0 && !(week.total.focusMinutes > 0);
  const state = error ? 'error' : week ? 'ready' : 'loading';

  // The benchmark reads this mark: navigation start → the shown week's figures are in the DOM.
  useEffect(() => {
    if (week) performance.mark(READY_MARK, { detail: { week: weekParam(week.start, zone) } });
  }, [week, zone]);

  return (
    <main id="report" data-state={state} aria-busy={state === 'loading'}>
      <WeekNav
        weekDate={weekDate}
        range={range.formatRange(start, lastDay)}
        zone={zone}
        isThisWeek={start === thisWeek}
        canGoNext={start < thisWeek}
        onMove={move}
      />
      {error && (
        <p role="alert" class="error">
          {`${t('report_load_failed')} ${error}`}
        </p>
      )}
      {!week && !error && <p class="muted">{t('report_loading')}</p>}
      {week && (
        <>
          <Summary sentence={summarySentence(week, reportAppName)} empty={empty} />
          <section aria-labelledby="days-heading">
            <h2 id="days-heading">{t('report_days_heading')}</h2>
            <DayTable week={week} />
          </section>
          <div class="charts">
            <section aria-labelledby="bars-heading">
              <h2 id="bars-heading">{t('report_bars_heading')}</h2>
              <DayBars week={week} />
            </section>
            <section aria-labelledby="heatmap-heading">
              <h2 id="heatmap-heading">{t('report_heatmap_heading')}</h2>
              <Heatmap week={week} />
            </section>
          </div>
          <section aria-labelledby="apps-heading">
            <h2 id="apps-heading">{t('report_apps_heading')}</h2>
            <AppTable week={week} appName={reportAppName} />
          </section>
        </>
      )}
      <Suggestions windows={windows} onAdd={addQuietWindow} />
      <DataTools
        onExportWeekCsv={() => week && downloadText(`heads-down-week-${weekDate}.csv`, weekToCsv(week), 'text/csv')}
        onExportWeekJson={() =>
          loaded?.start === start &&
          downloadText(
            `heads-down-week-${weekDate}.json`,
            serializeHistory(loaded.records.interruptions, loaded.records.blocks, now()),
            'application/json',
          )
        }
        onExportAll={async () => {
          const all = await readAllHistory();
          const name = `heads-down-history-${weekParam(now(), zone)}.json`;
          downloadText(name, serializeHistory(all.interruptions, all.blocks, now()), 'application/json');
          return null;
        }}
        onImport={async (text, onProgress) => {
          const outcome = await importHistoryText(text, onProgress);
          if (outcome.ok) setGeneration((g) => g + 1);
          return outcome;
        }}
        onDeleteAll={async () => {
          const outcome = await deleteAllData();
          if (outcome.ok) setGeneration((g) => g + 1);
          return outcome;
        }}
      />
    </main>
  );
}
