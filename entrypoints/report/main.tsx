import { render } from 'preact';
import { shownLanguage, t } from '@/utils/browser-i18n';
import { rollBackImport } from '@/utils/import-rollback';
import { App } from './App';
import './style.css';

// Screen readers pick their voice from the page language: the language of the messages shown.
document.documentElement.lang = shownLanguage();
document.title = `${t('report_title')} · ${t('extName')}`;
// An import whose page was closed mid-way is undone before the report shows anything (utils/history-import.ts);
// the page draws its loading state and reads the week meanwhile, and reads again if records were removed
// (App's `before`).
const rolledBack = rollBackImport(Date.now()).catch(() => false);
render(<App before={rolledBack} />, document.getElementById('app')!);
