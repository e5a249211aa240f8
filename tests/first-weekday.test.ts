/** The first weekday of the shown locale: Intl's week info where the runtime has it, else CLDR's table. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstWeekdayFromTable, firstWeekdayOf, SUNDAY_FIRST_REGIONS } from '@/utils/first-weekday';

/** What this runtime's Intl says for a tag, or undefined where it has no week info. */
function intlFirstDay(tag: string): number | undefined {
  const locale = new Intl.Locale(tag) as unknown as {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
}

const SHIPPED = [
  ['en', 7],
  ['en-US', 7],
  ['en-GB', 1],
  ['de', 1],
  ['de-AT', 1],
  ['fr', 1],
  ['fr-CA', 7],
  ['es', 1],
  ['es-MX', 7],
  ['pt-BR', 7],
  ['ja', 7],
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('first weekday', () => {
  it.each(SHIPPED)('%s starts its weeks on day %i, from Intl and from the table alike', (tag, day) => {
    expect(firstWeekdayOf(tag)).toBe(day);
    expect(firstWeekdayFromTable(tag)).toBe(day);
  });

  it('the table agrees with the runtime’s Intl for every region it names and for Monday-first ones', () => {
    if (intlFirstDay('en-US') === undefined) return; // a runtime without week info has nothing to compare
    const regions = [...SUNDAY_FIRST_REGIONS, 'DE', 'FR', 'ES', 'GB', 'IT', 'NL', 'PL', 'SE', 'CN', 'RU', 'AU', 'NZ'];
    const differing = regions.filter((r) => {
      const intl = intlFirstDay(`und-${r}`);
      return (intl === 7 ? 7 : 1) !== firstWeekdayFromTable(`und-${r}`);
    });
    expect(differing).toEqual([]);
  });

  it('falls back to the table where Intl has no week info (Firefox, older runtimes)', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const getter = Object.getOwnPropertyDescriptor(proto, 'weekInfo');
    const method = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo');
    try {
      Object.defineProperty(proto, 'weekInfo', { get: () => undefined, configurable: true });
      Object.defineProperty(proto, 'getWeekInfo', { value: undefined, configurable: true, writable: true });
      expect(intlFirstDay('en-US')).toBeUndefined();
      expect(firstWeekdayOf('ja')).toBe(7);
      expect(firstWeekdayOf('de')).toBe(1);
      expect(firstWeekdayOf('pt-BR')).toBe(7);
    } finally {
      if (getter) Object.defineProperty(proto, 'weekInfo', getter);
      else delete proto.weekInfo;
      if (method) Object.defineProperty(proto, 'getWeekInfo', method);
      else delete proto.getWeekInfo;
    }
  });

  it('reads an unknown tag as Monday', () => {
    expect(firstWeekdayOf('not a locale!')).toBe(1);
    expect(firstWeekdayFromTable('not a locale!')).toBe(1);
  });
});
