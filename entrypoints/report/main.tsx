import { render } from 'preact';
import { shownLanguage, t } from '@/utils/browser-i18n';
import { rollBackImport } from '@/utils/import-rollback';
import { App } from './App';
import './style.css';

// Screen readers pick their voice from the page language: the language of the messages shown.
document.documentElement.lang = shownLanguage();
document.title = `${t('report_title')} · ${t('extName')}`;
// An import whose page was closed mid-way is undone before the report reads anything (utils/history-import.ts).
void rollBackImport(Date.now())
  .catch(() => false)
  .then(() => render(<App />, document.getElementById('app')!));
