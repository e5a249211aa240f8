import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { BatchingSettings } from '@/components/options/BatchingSettings';
import { BreakthroughSettings } from '@/components/options/BreakthroughSettings';
import { CustomSites } from '@/components/options/CustomSites';
import { DeleteAllData } from '@/components/options/DeleteAllData';
import { Frame, LoadFailed, Loading, TableOfContents } from '@/components/options/Frame';
import { askSettings, type Loaded, loadAll } from '@/components/options/load';
import { PrivacySettings } from '@/components/options/PrivacySettings';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { ScheduleTransfer } from '@/components/options/ScheduleTransfer';
import { Section } from '@/components/options/Section';
import { SettingsSection } from '@/components/options/SettingsSection';
import { StrictSettings } from '@/components/options/StrictSettings';
import { SettingsContext } from '@/components/options/settings-context';
import { ToolbarSettings } from '@/components/options/ToolbarSettings';
import { WatchedApps } from '@/components/options/WatchedApps';
import { Welcome } from '@/components/options/Welcome';
import { WorkHoursSettings } from '@/components/options/WorkHoursSettings';
import { t } from '@/utils/browser-i18n';
import { send } from '@/utils/messages';
import type { ScheduleFile } from '@/utils/model';
import { type Settings, validateSettings } from '@/utils/settings';
import { say } from '@/utils/wording';

type State = { kind: 'loading' } | { kind: 'failed' } | ({ kind: 'ready' } & Loaded);

/** The settings page: loads from the background, then every section saves through it. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [welcome, setWelcome] = useState(() => location.hash === '#welcome');

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'ready', ...(await loadAll()) });
    } catch {
      setState({ kind: 'failed' });
    }
  }, []);
  useEffect(() => void load(), [load]);
  // After "delete all data": fresh values in place, so the sections (and their messages) stay mounted.
  const reload = async () => {
    try {
      const fresh = await loadAll();
      setState((s) => (s.kind === 'ready' ? { ...s, ...fresh } : s));
    } catch {
      setState({ kind: 'failed' });
    }
  };

  const setSettings = (settings: Settings) => setState((s) => (s.kind === 'ready' ? { ...s, settings } : s));
  // A refused change leaves the clicked switch or radio showing the new value; re-rendering with the
  // unchanged settings makes Preact set every control back from its props.
  const showSettingsAgain = () => setState((s) => (s.kind === 'ready' ? { ...s, settings: { ...s.settings } } : s));
  const setSchedule = (schedule: ScheduleFile) => setState((s) => (s.kind === 'ready' ? { ...s, schedule } : s));

  const settings = state.kind === 'ready' ? state.settings : null;
  const api = useMemo(
    () =>
      settings && {
        settings,
        save: async (next: Settings): Promise<string | null> => {
          const checked = validateSettings(next);
          let error: string | null = checked.ok ? null : say({ t }, checked.error);
          if (!error) {
            try {
              const reply = await send('saveSettings', { settings: next });
              if (!reply.ok) error = reply.error;
            } catch {
              error = t('options_errorBackground');
            }
          }
          if (error) {
            showSettingsAgain();
            return error;
          }
          setSettings(next);
          return null;
        },
        refresh: async () => {
          try {
            setSettings(await askSettings());
          } catch {
            // The change itself succeeded; the next load shows it.
          }
        },
      },
    [settings],
  );

  const closeWelcome = () => {
    setWelcome(false);
    if (location.hash === '#welcome') history.replaceState(null, '', location.pathname);
  };

  return (
    <Frame>
      {welcome && <Welcome onClose={closeWelcome} />}
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <LoadFailed onRetry={load} />}
      {state.kind === 'ready' && api && (
        <SettingsContext.Provider value={api}>
          <div class="layout">
            <TableOfContents />
            <div class="sections">
              <Section id="schedule" title={t('options_scheduleTitle')} description={t('options_scheduleDesc')}>
                <ScheduleEditor saved={state.schedule} onSaved={setSchedule} />
              </Section>
              <Section id="transfer" title={t('options_transferTitle')} description={t('options_transferDesc')}>
                <ScheduleTransfer saved={state.schedule} onImported={setSchedule} />
              </Section>
              <SettingsSection id="work" title={t('options_workTitle')} description={t('options_workDesc')}>
                <WorkHoursSettings />
              </SettingsSection>
              <SettingsSection id="apps" title={t('options_appsTitle')} description={t('options_appsDesc')}>
                <WatchedApps />
                <CustomSites />
              </SettingsSection>
              <SettingsSection id="batching" title={t('options_batchingTitle')} description={t('options_batchingDesc')}>
                <BatchingSettings />
              </SettingsSection>
              <SettingsSection id="breakthrough" title={t('options_btTitle')} description={t('options_btDesc')}>
                <BreakthroughSettings />
              </SettingsSection>
              <SettingsSection id="strict" title={t('options_strictTitle')} description={t('options_strictDesc')}>
                <StrictSettings />
              </SettingsSection>
              <SettingsSection id="privacy" title={t('options_privacyTitle')} description={t('options_privacyDesc')}>
                <PrivacySettings />
                <DeleteAllData onDeleted={reload} />
              </SettingsSection>
              <SettingsSection id="toolbar" title={t('options_toolbarTitle')} description={t('options_toolbarDesc')}>
                <ToolbarSettings />
              </SettingsSection>
            </div>
          </div>
        </SettingsContext.Provider>
      )}
    </Frame>
  );
}
