import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';
import { App } from './App';
import './style.css';
import './sections.css';

// Screen readers pick their voice from the page language; the page speaks the browser's UI language.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_pageTitle');

render(<App />, document.getElementById('app')!);
