import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import './style.css';
import './controls.css';
import './sections.css';

// Screen readers pick their voice from the page language; the popup speaks the browser's UI language.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');

render(<App />, document.getElementById('app')!);
