/**
 * The first day of the week in a locale, for the report's weeks, the options' week preview and the
 * order of the day buttons: what Intl says (`Intl.Locale#getWeekInfo`, a `weekInfo` getter in
 * Chromium 99–129 and Node 20), else the region's first day from CLDR's weekData. Pure.
 */

/** 1 Monday … 7 Sunday; the week maths (utils/week.ts) starts weeks on Monday or Sunday. */
export type FirstWeekday = 1 | 7;

/**
 * Regions whose weeks start on Sunday (CLDR supplemental weekData, `firstDay` "sun"; tests/first-weekday
 * checks it against the runtime's Intl). Every other region starts on Monday here; the few that start
 * on Saturday or Friday read as Monday, the ISO week, because the week maths supports only these two.
 */
export const SUNDAY_FIRST_REGIONS: ReadonlySet<string> = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA ' +
    'PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
  ).split(' '),
);

/** Week info as runtimes expose it: a method in newer ones, a getter in older Chromium and Node 20. */
interface LocaleWithWeekInfo {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

const toWeekday = (firstDay: number): FirstWeekday => (firstDay === 7 ? 7 : 1);

/** The first weekday from the table alone: the locale's region, or its language's likely one ("ja" → JP). */
export function firstWeekdayFromTable(tag: string): FirstWeekday {
  try {
    const region = new Intl.Locale(tag).maximize().region;
    return region && SUNDAY_FIRST_REGIONS.has(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/** The first weekday of `tag` (a BCP 47 tag such as the shown UI locale, utils/browser-i18n uiLocale). */
export function firstWeekdayOf(tag: string): FirstWeekday {
  try {
    const locale = new Intl.Locale(tag) as unknown as LocaleWithWeekInfo;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && typeof info.firstDay === 'number') return toWeekday(info.firstDay);
  } catch {
    return 1;
  }
  return firstWeekdayFromTable(tag);
}
