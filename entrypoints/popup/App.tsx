import { Alert } from '@/components/popup/Alert';
import { FirstRun } from '@/components/popup/FirstRun';
import { FocusCard } from '@/components/popup/FocusCard';
import { Footer } from '@/components/popup/Footer';
import { Header, type PopupMode } from '@/components/popup/Header';
import { HeldList } from '@/components/popup/HeldList';
import { LiveStatus } from '@/components/popup/LiveStatus';
import { NextBlock } from '@/components/popup/NextBlock';
import { StartControls } from '@/components/popup/StartControls';
import { StatsPanel } from '@/components/popup/StatsPanel';
import { useCommand } from '@/components/popup/useCommand';
import { useFocusStatus } from '@/components/popup/useFocusStatus';
import { useNow } from '@/components/popup/useNow';
import { WorkHoursQuestion } from '@/components/popup/WorkHoursQuestion';
import { plural, t } from '@/utils/browser-i18n';
import type { FocusStatus } from '@/utils/messages';

function modeOf(status: FocusStatus | null, now: number): PopupMode {
  if (!status) return 'loading';
  if (status.block) return status.block.strict ? 'strict' : 'focusing';
  return status.pausedUntil !== null && status.pausedUntil > now ? 'paused' : 'idle';
}

/** The toolbar popup: state, controls, what is held, and how today compares with the baseline. */
export function App() {
  const { status, failed, refresh } = useFocusStatus();
  const commands = useCommand(() => void refresh());
  const now = useNow(status?.block?.end ?? null);
  const mode = modeOf(status, now);
  const busy = commands.pending !== null;
  const start = (minutes: number) => void commands.run('startBlock', { minutes });

  return (
    <main class="popup">
      <Header mode={mode} />
      <LiveStatus mode={mode} end={status?.block?.end ?? null} pausedUntil={status?.pausedUntil ?? null} now={now} />
      {status?.storageError && (
        <Alert
          onClose={() => void commands.run('dismissWarning', { warning: 'storageError' })}
          closeLabel={t('popup_dismiss')}
        >
          {t('popup_storageError', status.storageError)}
        </Alert>
      )}
      {status && status.droppedSignals > 0 && (
        <Alert
          onClose={() => void commands.run('dismissWarning', { warning: 'droppedSignals' })}
          closeLabel={t('popup_dismiss')}
        >
          {plural('popup_signalsDropped', status.droppedSignals)}
        </Alert>
      )}
      {failed && (
        <Alert>
          {t('popup_errorNoAnswer')}{' '}
          <button type="button" class="link-button" onClick={() => void refresh()}>
            {t('popup_retry')}
          </button>
        </Alert>
      )}
      {commands.error && (
        <Alert onClose={commands.clearError} closeLabel={t('popup_dismiss')}>
          {commands.error}
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
          onExtend={(minutes) => void commands.run('extendBlock', { minutes })}
          onEnd={(phrase) => void commands.run('endBlock', phrase === undefined ? {} : { phrase })}
        />
      )}
      {status && !status.block && status.firstRun && <FirstRun busy={busy} onStart={start} />}
      {status && !status.block && !status.firstRun && (
        <section class="card idle" aria-labelledby="idle-heading">
          <h2 id="idle-heading" class="section-title">
            {t('popup_startHeading')}
          </h2>
          <StartControls onStart={start} busy={busy} />
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
          onOpen={(id) => void commands.run('openHeld', { id })}
          onDismiss={(ids) => void commands.run('dismissHeld', { ids })}
        />
      )}
      {status && !status.workHours.confirmed && (
        <WorkHoursQuestion
          rules={status.workHours.rules}
          busy={busy}
          onConfirm={() => void commands.run('confirmWorkHours')}
        />
      )}
      {status && (
        <NextBlock
          next={status.next}
          pausedUntil={status.pausedUntil}
          now={now}
          busy={busy}
          onSkip={() => void commands.run('skipNextBlock')}
          onPause={(until) => void commands.run('pauseSchedule', { until })}
        />
      )}
      <Footer />
    </main>
  );
}
