import { useState } from 'preact/hooks';
import { type AppId, WATCHED_APPS } from '@/utils/apps';
import { t } from '@/utils/browser-i18n';
import type { Status } from './StatusLine';
import { originFromInput } from './site-origin';
import { appLabel } from './WatchedApps';

/** Self-hosted chat apps come first: they are why most people add a site. */
const SELF_HOSTED: AppId[] = ['mattermost', 'rocketchat', 'zulip', 'element'];
const GRAMMARS = [
  ...SELF_HOSTED.map((id) => WATCHED_APPS.find((a) => a.id === id)).filter((a) => a !== undefined),
  ...WATCHED_APPS.filter((a) => !SELF_HOSTED.includes(a.id)),
];

interface Props {
  existing: string[];
  /** Resolves true when the site was added (the form then clears). */
  onAdd: (origin: string, name: string, grammar: AppId | null) => Promise<boolean>;
  onInvalid: (status: Status) => void;
}

/** The add-a-site form: address, a name, and which app's title format the site uses. */
export function CustomSiteForm({ existing, onAdd, onInvalid }: Props) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [grammar, setGrammar] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = originFromInput(url);
    if (!parsed.ok) return onInvalid({ kind: 'error', text: t(`options_siteUrl_${parsed.reason}`) });
    if (existing.includes(parsed.origin))
      return onInvalid({ kind: 'error', text: t('options_siteDuplicate', parsed.origin) });
    // No await before onAdd: the permission prompt must run inside this click's user gesture.
    void onAdd(parsed.origin, name.trim() || parsed.host, (grammar || null) as AppId | null).then((added) => {
      if (!added) return;
      setUrl('');
      setName('');
      setGrammar('');
    });
  };

  return (
    <form class="site-form" onSubmit={submit}>
      <div class="field field-grow">
        <label for="site-url">{t('options_siteUrl')}</label>
        <input
          id="site-url"
          type="text"
          inputMode="url"
          placeholder="https://chat.example.org"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="site-name">{t('options_siteName')}</label>
        <input
          id="site-name"
          type="text"
          maxLength={80}
          placeholder={t('options_siteNamePlaceholder')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="site-grammar">{t('options_siteGrammar')}</label>
        <select id="site-grammar" value={grammar} onChange={(e) => setGrammar(e.currentTarget.value)}>
          <option value="">{t('options_grammarGeneric')}</option>
          {GRAMMARS.map((app) => (
            <option key={app.id} value={app.id}>
              {appLabel(app)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="btn btn-primary" disabled={url.trim() === ''}>
        {t('options_siteAdd')}
      </button>
    </form>
  );
}
