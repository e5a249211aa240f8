import { render } from 'preact';
import { t } from '@/utils/browser-i18n';
import { rollBackImport } from '@/utils/history-import';
import { App } from './App';
import './style.css';

document.title = `${t('report_title')} · Heads Down`;
// An import whose page was closed mid-way is undone before the report reads anything (utils/history-import.ts).
void rollBackImport(Date.now())
  .catch(() => false)
  .then(() => render(<App />, document.getElementById('app')!));
