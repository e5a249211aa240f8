import { readSnapshot } from '@/components/popup/status-feed';
import { shownLanguage, t } from '@/utils/browser-i18n';
import { mountPopup } from './App';
import './style.css';
import './controls.css';
import './sections.css';

// The first paint waits for this one storage read: start it before anything else.
const snapshotRead = readSnapshot();

// Screen readers pick their voice from the page language: the language of the messages shown, which is
// the browser's UI language only when Heads Down ships it (utils/browser-i18n.ts).
document.documentElement.lang = shownLanguage();
document.title = t('extName');

void mountPopup(document.getElementById('app')!, snapshotRead);
