import { useMemo } from 'preact/hooks';
import { t, uiLocale } from '@/utils/browser-i18n';
import { firstWeekdayOf } from '@/utils/first-weekday';
import type { ScheduleFile } from '@/utils/model';
import { focusWindows } from '@/utils/schedule';
import { dayOfMonth, describeWindow, layoutWeek, systemZone, todayStart, weekdayName } from './week-preview';

interface Props {
  file: ScheduleFile;
  /** The draft has errors, so the saved schedule is shown instead. */
  showingSaved: boolean;
}

/** This week's focus windows in the person's own zone: a seven-column strip and the same as text. */
export function WeekPreview({ file, showingSaved }: Props) {
  const locale = uiLocale();
  const zone = systemZone();
  const { layout, windows } = useMemo(() => {
    const empty = layoutWeek([], Date.now(), zone, firstWeekdayOf(locale));
    const found = focusWindows(file, empty.start, empty.end, zone);
    return { layout: layoutWeek(found, Date.now(), zone, firstWeekdayOf(locale)), windows: found };
  }, [file, zone, locale]);
  const today = todayStart(Date.now(), zone);

  return (
    <div class="preview">
      <h3 id="preview-title">{t('options_previewTitle')}</h3>
      <p class="hint">
        {t('options_previewZone', zone)}
        {showingSaved && ` ${t('options_previewSaved')}`}
      </p>
      {/* The strip is a picture of the list below, which is what assistive technology reads. */}
      <div class="week-strip" aria-hidden="true">
        {layout.days.map((day) => {
          return (
            <div key={day.start} class={`week-day${day.start === today ? ' today' : ''}`}>
              <div class="week-day-name">
                <span>{weekdayName(day.start, zone, locale, 'short')}</span>
                <span class="week-day-date">{dayOfMonth(day.start, zone, locale)}</span>
              </div>
              <div class="week-day-bar">
                {day.slices.map((s) => (
                  <span
                    key={s.from}
                    class="week-slice"
                    style={{ top: `${s.from * 100}%`, height: `${Math.max((s.to - s.from) * 100, 1.5)}%` }}
                  />
                ))}
              </div>
            </div>
          );
        })}
      </div>
      {windows.length === 0 ? (
        <p class="empty">{t('options_previewNone')}</p>
      ) : (
        <ul class="window-list">
          {windows.map((w) => (
            <li key={w.start}>{describeWindow(w, zone, locale)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
