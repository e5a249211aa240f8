/** @jsxImportSource @/components/popup/jsx */
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser-i18n';

/** Opens the weekly report in a new tab (the popup closes by itself as the tab takes focus). */
export function openReport(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}

/** Links out of the popup: the weekly report and the settings page. */
export function Footer() {
  return (
    <footer class="footer">
      <button type="button" class="link-button" onClick={openReport}>
        {t('popup_openReport')}
      </button>
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup_openOptions')}
      </button>
    </footer>
  );
}
