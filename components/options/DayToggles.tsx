import { DateTime } from 'luxon';
import { uiLocale } from '@/utils/browser-i18n';
import { firstWeekdayOf } from '@/utils/first-weekday';
import type { Weekday } from '@/utils/model';

/** The order days are stored in (a rule's `days`), whatever order they are shown in. */
const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface Props {
  days: Weekday[];
  /** Labels name the rule so each group of seven is distinguishable by ear. */
  groupLabel: string;
  onChange: (days: Weekday[]) => void;
}

/**
 * Seven toggle buttons from the locale's first weekday (Monday, or Sunday where the week starts then,
 * as the week preview and the report do), with localized short names and full names for screen readers.
 */
export function DayToggles({ days, groupLabel, onChange }: Props) {
  const locale = uiLocale();
  // 2024-01-01 was a Monday: luxon gives the locale's weekday names from it.
  const monday = DateTime.fromISO('2024-01-01').setLocale(locale);
  const shown = firstWeekdayOf(locale) === 7 ? ['sun' as const, ...ORDER.slice(0, 6)] : ORDER;
  return (
    <fieldset class="days">
      <legend class="visually-hidden">{groupLabel}</legend>
      {shown.map((day) => {
        const date = monday.plus({ days: ORDER.indexOf(day) });
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
