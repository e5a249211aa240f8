import { DateTime } from 'luxon';
import { uiLocale } from '@/utils/browser-i18n';
import type { Weekday } from '@/utils/model';

const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Props {
  days: Weekday[];
  /** Labels name the rule so each group of seven is distinguishable by ear. */
  groupLabel: string;
  onChange: (days: Weekday[]) => void;
}

/** Seven toggle buttons, Monday to Sunday, with localized short names and full names for screen readers. */
export function DayToggles({ days, groupLabel, onChange }: Props) {
  const locale = uiLocale();
  // 2024-01-01 was a Monday: luxon gives the locale's weekday names from it.
  const monday = DateTime.fromISO('2024-01-01').setLocale(locale);
  return (
    <fieldset class="days">
      <legend class="visually-hidden">{groupLabel}</legend>
      {ORDER.map((day, i) => {
        const date = monday.plus({ days: i });
        const on = days.includes(day);
        return (
          <button
            key={day}
            type="button"
            class="day"
            aria-pressed={on}
            aria-label={date.toFormat('cccc')}
            onClick={() =>
              onChange(on ? days.filter((d) => d !== day) : ORDER.filter((d) => d === day || days.includes(d)))
            }
          >
            {date.toFormat('ccc')}
          </button>
        );
      })}
    </fieldset>
  );
}
