import { render } from 'preact';
import { t } from '@/utils/browser-i18n';
import { App } from './App';
import './style.css';

document.title = `${t('report_title')} · Heads Down`;
render(<App />, document.getElementById('app')!);
