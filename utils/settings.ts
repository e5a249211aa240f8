/** The person's settings: shape, defaults and validation of a change. Pure. */
import type { CustomSite } from './apps';
import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES } from './block-length';
import type { ScheduleRule } from './model';
import { validateRules } from './schedule-file';
import type { Message } from './wording';

export interface Settings {
  /** Catalog app ids the person switched off. */
  disabledApps: string[];
  customSites: CustomSite[];
  /** Wall-clock "HH:MM" times at which a long block releases what it held early. Empty = digest at the end only. */
  batchWindows: string[];
  breakthrough: {
    /** Case-insensitive whole words in a notification's title or body. */
    keywords: string[];
    /** Sender names; matched as whole words in the notification title. */
    vips: string[];
    /** App ids that are never held. */
    neverHold: string[];
  };
  strict: {
    enabled: boolean;
    /** Typed to end a strict block early. */
    phrase: string;
    earlyEndsPerWeek: number;
  };
  privacy: {
    /** Keep notification title and body text; otherwise only app and time. */
    keepText: boolean;
    /** Text older than this many days is deleted. */
    textDays: number;
    /** Interruption history older than this many days is deleted. */
    historyDays: number;
  };
  /** Show the held count on the toolbar badge during a block. */
  showHeldCount: boolean;
  /** Minutes of the block the keyboard shortcut starts. */
  defaultMinutes: number;
  /** Mirror the schedule into the browser's sync storage. */
  syncSchedule: boolean;
  /** Working hours, as rules like the schedule's: the time the 11-minute baseline is compared with. */
  workHours: ScheduleRule[];
  /** The person has looked at the working hours (the first run shows the default and asks). */
  workHoursConfirmed: boolean;
  /** Minutes without input after which the person counts as away (the screen locking counts at once). */
  awayAfterMinutes: number;
}

/** The usual office week, shown on the first run for the person to confirm or change. */
export const DEFAULT_WORK_HOURS: ScheduleRule[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00', zone: 'local' },
];
export const MAX_WORK_RULES = 14;
export const AWAY_MINUTES = { min: 1, max: 120 } as const;

export const DEFAULT_SETTINGS: Settings = {
  disabledApps: [],
  customSites: [],
  batchWindows: [],
  breakthrough: { keywords: ['urgent'], vips: [], neverHold: [] },
  strict: { enabled: false, phrase: 'I choose to stop focusing', earlyEndsPerWeek: 2 },
  privacy: { keepText: true, textDays: 7, historyDays: 365 },
  showHeldCount: true,
  defaultMinutes: 50,
  syncSchedule: false,
  workHours: DEFAULT_WORK_HOURS,
  workHoursConfirmed: false,
  awayAfterMinutes: 5,
};

/** A refusal is a message key (utils/wording.ts), worded in the language shown where it is shown. */
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: Message };

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function isStringList(value: unknown, max: number, maxLen: number): value is string[] {
  return Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string' && v.length <= maxLen);
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks a complete settings object; says exactly what is wrong. */
export function validateSettings(value: unknown): SettingsResult {
  if (typeof value !== 'object' || value === null) return { ok: false, error: { key: 'err_settings_object' } };
  const s = value as Settings;
  if (!isStringList(s.disabledApps, 100, 100)) return { ok: false, error: { key: 'err_settings_disabledApps' } };
  if (!Array.isArray(s.customSites) || s.customSites.length > 50)
    return { ok: false, error: { key: 'err_settings_customSites' } };
  for (const site of s.customSites) {
    if (typeof site?.origin !== 'string' || !/^https?:\/\/[^/\s]+$/.test(site.origin))
      return {
        ok: false,
        error: { key: 'err_settings_siteOrigin', args: [String(site?.origin)] },
      };
    if (typeof site.name !== 'string' || site.name.length === 0 || site.name.length > 80)
      return { ok: false, error: { key: 'err_settings_siteName' } };
    if (site.grammar !== null && typeof site.grammar !== 'string')
      return { ok: false, error: { key: 'err_settings_siteGrammar' } };
  }
  if (!isStringList(s.batchWindows, 24, 5) || !s.batchWindows.every((t) => HHMM.test(t)))
    return { ok: false, error: { key: 'err_settings_batchWindows' } };
  const b = s.breakthrough;
  if (typeof b !== 'object' || b === null) return { ok: false, error: { key: 'err_settings_breakthrough' } };
  if (!isStringList(b.keywords, 100, 60)) return { ok: false, error: { key: 'err_settings_keywords' } };
  if (!isStringList(b.vips, 100, 80)) return { ok: false, error: { key: 'err_settings_vips' } };
  if (!isStringList(b.neverHold, 100, 100)) return { ok: false, error: { key: 'err_settings_neverHold' } };
  const st = s.strict;
  if (typeof st !== 'object' || st === null || typeof st.enabled !== 'boolean')
    return { ok: false, error: { key: 'err_settings_strictEnabled' } };
  if (typeof st.phrase !== 'string' || st.phrase.trim().length < 4 || st.phrase.length > 200)
    return { ok: false, error: { key: 'err_settings_phrase' } };
  if (!isInt(st.earlyEndsPerWeek, 0, 50)) return { ok: false, error: { key: 'err_settings_earlyEnds' } };
  const p = s.privacy;
  if (typeof p !== 'object' || p === null || typeof p.keepText !== 'boolean')
    return { ok: false, error: { key: 'err_settings_keepText' } };
  if (!isInt(p.textDays, 0, 365)) return { ok: false, error: { key: 'err_settings_textDays' } };
  if (!isInt(p.historyDays, 7, 3650)) return { ok: false, error: { key: 'err_settings_historyDays' } };
  if (typeof s.showHeldCount !== 'boolean') return { ok: false, error: { key: 'err_settings_showHeldCount' } };
  if (!isInt(s.defaultMinutes, MIN_BLOCK_MINUTES, MAX_BLOCK_MINUTES))
    return { ok: false, error: { key: 'err_settings_defaultMinutes' } };
  if (typeof s.syncSchedule !== 'boolean') return { ok: false, error: { key: 'err_settings_syncSchedule' } };
  const work = validateRules(s.workHours, MAX_WORK_RULES);
  if (!work.ok) return { ok: false, error: { key: 'err_settings_workHours' } };
  if (typeof s.workHoursConfirmed !== 'boolean')
    return { ok: false, error: { key: 'err_settings_workHoursConfirmed' } };
  if (!isInt(s.awayAfterMinutes, AWAY_MINUTES.min, AWAY_MINUTES.max))
    return {
      ok: false,
      error: { key: 'err_settings_awayAfter', args: [AWAY_MINUTES.min, AWAY_MINUTES.max] },
    };
  return { ok: true, settings: { ...s, workHours: work.rules } };
}

/**
 * The first settings of a new install in the person's language: the breakthrough keywords
 * (comma-separated, e.g. "dringend") and the strict-mode phrase come from the locale.
 */
export function firstSettings(keywords: string, strictPhrase: string): Settings {
  const words = keywords
    .split(/[,、]/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && w.length <= 60);
  const phrase = strictPhrase.trim();
  return {
    ...DEFAULT_SETTINGS,
    breakthrough: {
      ...DEFAULT_SETTINGS.breakthrough,
      keywords: words.length > 0 ? words : DEFAULT_SETTINGS.breakthrough.keywords,
    },
    strict: {
      ...DEFAULT_SETTINGS.strict,
      phrase: phrase.length >= 4 && phrase.length <= 200 ? phrase : DEFAULT_SETTINGS.strict.phrase,
    },
  };
}

/** Fills in fields missing from settings stored by an older version. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    breakthrough: { ...DEFAULT_SETTINGS.breakthrough, ...s.breakthrough },
    strict: { ...DEFAULT_SETTINGS.strict, ...s.strict },
    privacy: { ...DEFAULT_SETTINGS.privacy, ...s.privacy },
  };
}
