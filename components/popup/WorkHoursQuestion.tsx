/** @jsxImportSource @/components/popup/jsx */
import { browser } from 'wxt/browser';
import { t, uiLocale } from '@/utils/browser-i18n';
import type { ScheduleRule } from '@/utils/model';
import { workHoursText } from './work-hours-text';

interface Props {
  rules: ScheduleRule[];
  busy: boolean;
  onConfirm: () => void;
}

/** Until the person confirms them, the working hours the baseline uses are shown and asked about. */
export function WorkHoursQuestion({ rules, busy, onConfirm }: Props) {
  return (
    <section class="card work-hours" aria-labelledby="work-hours-heading" data-card="work-hours">
      <h2 id="work-hours-heading" class="section-title">
        {t('popup_workHoursHeading')}
      </h2>
      <p>{t('popup_workHoursText', workHoursText(rules, uiLocale()))}</p>
      <div class="row">
        <button type="button" class="button" disabled={busy} onClick={onConfirm}>
          {t('popup_workHoursConfirm')}
        </button>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#work') })}
        >
          {t('popup_workHoursChange')}
        </button>
      </div>
    </section>
  );
}
