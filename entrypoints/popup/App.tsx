/** @jsxImportSource @/components/popup/jsx */
/**
 * The toolbar popup: state, controls, what is held, and how today compares with the baseline. Drawn
 * whole from one state object on every change and patched into the page (components/popup/jsx);
 * between changes only the countdown ticks.
 */
import { Alert } from '@/components/popup/Alert';
import { tickCountdown } from '@/components/popup/Countdown';
import { FirstRun } from '@/components/popup/FirstRun';
import { FocusCard } from '@/components/popup/FocusCard';
import { Footer } from '@/components/popup/Footer';
import { Header, type PopupMode } from '@/components/popup/Header';
import { HeldList } from '@/components/popup/HeldList';
import { patch } from '@/components/popup/jsx/patch';
import { LiveStatus } from '@/components/popup/LiveStatus';
import { NextBlock } from '@/components/popup/NextBlock';
import { StartControls } from '@/components/popup/StartControls';
import { StatsPanel } from '@/components/popup/StatsPanel';
import { readSnapshot, watchStatus } from '@/components/popup/status-feed';
import { initialUi, type SetUi, type UiState } from '@/components/popup/ui-state';
import { WorkHoursQuestion } from '@/components/popup/WorkHoursQuestion';
import { plural, t } from '@/utils/browser-i18n';
import { type Done, type FocusStatus, type MessageName, type Protocol, send } from '@/utils/messages';
import { sameStatus } from '@/utils/popup-snapshot';

type CommandName = {
  [K in MessageName]: Protocol[K]['reply'] extends Done ? K : never;
}[MessageName];
type Args<K extends MessageName> = Protocol[K]['payload'] extends undefined ? [] : [Protocol[K]['payload']];
type Run = <K extends CommandName>(type: K, ...payload: Args<K>) => void;

export interface PopupState {
  status: FocusStatus | null;
  /** The last getStatus failed or timed out (the last good status, if any, stays shown). */
  failed: boolean;
  /** The command in flight, if any (its buttons show as busy). */
  pending: CommandName | null;
  /** The last command's failure in words, cleared by the next command. */
  error: string | null;
  ui: UiState;
}

function modeOf(status: FocusStatus | null, now: number): PopupMode {
  if (!status) return 'loading';
  if (status.block) return status.block.strict ? 'strict' : 'focusing';
  return status.pausedUntil !== null && status.pausedUntil > now ? 'paused' : 'idle';
}

interface ViewProps {
  state: PopupState;
  now: number;
  setUi: SetUi;
  run: Run;
  retry: () => void;
  clearError: () => void;
}

/** The whole popup for one state. */
export function PopupView({ state, now, setUi, run, retry, clearError }: ViewProps) {
  const { status, failed, ui } = state;
  const mode = modeOf(status, now);
  const busy = state.pending !== null;
  const start = (minutes: number) => run('startBlock', { minutes });
  return (
    <main class="popup">
      <Header mode={mode} />
      <LiveStatus mode={mode} end={status?.block?.end ?? null} pausedUntil={status?.pausedUntil ?? null} now={now} />
      {status?.storageError && (
        <Alert onClose={() => run('dismissWarning', { warning: 'storageError' })} closeLabel={t('popup_dismiss')}>
          {t('popup_storageError', status.storageError)}
        </Alert>
      )}
      {status && status.droppedSignals > 0 && (
        <Alert onClose={() => run('dismissWarning', { warning: 'droppedSignals' })} closeLabel={t('popup_dismiss')}>
          {plural('popup_signalsDropped', status.droppedSignals)}
        </Alert>
      )}
      {failed && (
        <Alert>
          {t('popup_errorNoAnswer')}{' '}
          <button type="button" class="link-button" onClick={retry}>
            {t('popup_retry')}
          </button>
        </Alert>
      )}
      {state.error && (
        <Alert onClose={clearError} closeLabel={t('popup_dismiss')}>
          {state.error}
        </Alert>
      )}
      {!status && !failed && (
        <p class="loading" aria-busy="true">
          {t('popup_loading')}
        </p>
      )}
      {status?.block && (
        <FocusCard
          block={status.block}
          status={status}
          now={now}
          busy={busy}
          ui={ui}
          setUi={setUi}
          onExtend={(minutes) => run('extendBlock', { minutes })}
          onEnd={(phrase) => run('endBlock', phrase === undefined ? {} : { phrase })}
        />
      )}
      {status && !status.block && status.firstRun && <FirstRun busy={busy} ui={ui} setUi={setUi} onStart={start} />}
      {status && !status.block && !status.firstRun && (
        <section class="card idle" aria-labelledby="idle-heading">
          <h2 id="idle-heading" class="section-title">
            {t('popup_startHeading')}
          </h2>
          <StartControls onStart={start} busy={busy} ui={ui} setUi={setUi} />
        </section>
      )}
      {/* The baseline sentence is the product's main number: above the held list, never below the fold. */}
      {status && !status.firstRun && <StatsPanel today={status.today} current={status.current} />}
      {status && (
        <HeldList
          held={status.held}
          appNames={status.appNames}
          now={now}
          busy={busy}
          expanded={ui.expanded}
          onExpand={(appId, open) =>
            setUi({ expanded: open ? [...ui.expanded, appId] : ui.expanded.filter((id) => id !== appId) })
          }
          onOpen={(id) => run('openHeld', { id })}
          onDismiss={(ids) => run('dismissHeld', { ids })}
        />
      )}
      {status && !status.workHours.confirmed && (
        <WorkHoursQuestion rules={status.workHours.rules} busy={busy} onConfirm={() => run('confirmWorkHours')} />
      )}
      {status && (
        <NextBlock
          next={status.next}
          pausedUntil={status.pausedUntil}
          now={now}
          busy={busy}
          ui={ui}
          setUi={setUi}
          onSkip={() => run('skipNextBlock')}
          onPause={(until) => run('pauseSchedule', { until })}
        />
      )}
      <Footer />
    </main>
  );
}

/**
 * Draws the popup into `root`: from the background's snapshot at once when there is one, else after
 * getStatus; then on every change. Resolves, once the first frame is in the page, to a stop function.
 * `snapshotRead` lets the page start the read before anything else it does.
 */
export async function mountPopup(
  root: HTMLElement,
  snapshotRead: Promise<FocusStatus | null> = readSnapshot(),
): Promise<() => void> {
  const state: PopupState = { status: null, failed: false, pending: null, error: null, ui: initialUi() };
  let tick: ReturnType<typeof setTimeout> | undefined;
  let ticking: number | null = null;

  /** Once a second while a block runs, just after each whole second before its end (the face changes evenly). */
  const countdown = () => {
    const block = state.status?.block ?? null;
    if ((block?.end ?? null) === ticking) return;
    clearTimeout(tick);
    ticking = block?.end ?? null;
    if (!block) return;
    const schedule = () => {
      // Exactly on a boundary the face is already right; the next change is a whole second away.
      const offset = (((block.end - Date.now()) % 1000) + 1000) % 1000 || 1000;
      tick = setTimeout(() => {
        tickCountdown(root, { start: block.start, end: block.end, now: Date.now() });
        schedule();
      }, offset + 15);
    };
    schedule();
  };

  const redraw = (focus?: string) => {
    patch(root, [
      <PopupView state={state} now={Date.now()} setUi={setUi} run={run} retry={retry} clearError={clearError} />,
    ]);
    if (focus) root.querySelector<HTMLElement>(focus)?.focus();
    countdown();
  };
  const setUi: SetUi = (change, focus) => {
    state.ui = { ...state.ui, ...change };
    redraw(focus);
  };
  const clearError = () => {
    state.error = null;
    redraw();
  };

  const feed = watchStatus({
    status: (status) => {
      const same = state.status !== null && sameStatus(state.status, status) && !state.failed;
      // Another block (or none): its forms start afresh, as they would in a popup opened now.
      if (state.status && status.block?.id !== state.status.block?.id)
        state.ui = { ...state.ui, ending: false, phrase: '', custom: '', customInvalid: false };
      state.status = status;
      state.failed = false;
      if (!same) redraw();
    },
    failed: () => {
      state.failed = true;
      redraw();
    },
  });
  const retry = () => void feed.refresh();

  const run: Run = (type, ...payload) => {
    state.pending = type;
    state.error = null;
    redraw();
    void send(type, ...payload)
      .then((reply: Done | undefined) => {
        if (reply?.ok === true) void feed.refresh();
        else state.error = reply?.ok === false ? reply.error : t('popup_errorNoAnswer');
      })
      .catch(() => {
        state.error = t('popup_errorNoAnswer');
      })
      .finally(() => {
        state.pending = null;
        redraw();
      });
  };

  const snapshot = await snapshotRead;
  // A rewrite heard while reading is newer than what the read returned.
  state.status ??= snapshot;
  redraw();
  // The snapshot is as old as the last change; the figures that grow with time come from the background.
  void feed.refresh();
  return () => {
    feed.stop();
    clearTimeout(tick);
    root.replaceChildren();
  };
}
