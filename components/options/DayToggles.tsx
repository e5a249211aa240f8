import { uiLocale } from '@/utils/browser-i18n';
import { firstWeekdayOf } from '@/utils/first-weekday';
import type { Weekday } from '@/utils/model';
import { weekdayName } from './week-preview';

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
  // 2024-01-01 was a Monday: the locale's weekday names come from the days after it.
  const monday = Date.UTC(2024, 0, 1);
  const shown = firstWeekdayOf(locale) === 7 ? ['sun' as const, ...ORDER.slice(0, 6)] : ORDER;
  return (
    <fieldset class="days">
      <legend class="visually-hidden">{groupLabel}</legend>
      {shown.map((day) => {
        const date = monday + ORDER.indexOf(day) * 86_400_000;
        const on = days.includes(day);
        return (
          <button
            key={day}
            type="button"
            class="day"
            aria-pressed={on}
            aria-label={weekdayName(date, 'UTC', locale, 'long')}
            onClick={() =>
              onChange(on ? days.filter((d) => d !== day) : ORDER.filter((d) => d === day || days.includes(d)))
            }
          >
            {weekdayName(date, 'UTC', locale, 'short')}
          </button>
        );
      })}
    </fieldset>
  );
}
