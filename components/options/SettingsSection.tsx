import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/browser-i18n';
import type { Settings } from '@/utils/settings';
import { Section } from './Section';
import { type Status, StatusLine } from './StatusLine';
import { SettingsContext, useSettings } from './settings-context';

interface Props {
  id: string;
  title: string;
  description?: string;
  children: ComponentChildren;
}

/** A section whose changes save at once; it shows "Saved" or the reason a change was refused. */
export function SettingsSection({ id, title, description, children }: Props) {
  const parent = useSettings();
  const [status, setStatus] = useState<Status>(null);
  const api = useMemo(
    () => ({
      settings: parent.settings,
      refresh: parent.refresh,
      save: async (next: Settings) => {
        const error = await parent.save(next);
        setStatus(error ? { kind: 'error', text: error } : { kind: 'ok', text: t('options_saved') });
        return error;
      },
    }),
    [parent],
  );
  return (
    <Section id={id} title={title} description={description}>
      <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>
      <StatusLine status={status} id={`${id}-status`} />
    </Section>
  );
}
