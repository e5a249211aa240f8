/** The person's settings: shape, defaults and validation of a change. Pure. */
import type { CustomSite } from './apps';
import type { ScheduleRule } from './model';
import { validateRules } from './schedule-file';

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

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: string };

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function isStringList(value: unknown, max: number, maxLen: number): value is string[] {
  return Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string' && v.length <= maxLen);
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks a complete settings object; says exactly what is wrong. */
export function validateSettings(value: unknown): SettingsResult {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'Settings must be an object.' };
  const s = value as Settings;
  if (!isStringList(s.disabledApps, 100, 100)) return { ok: false, error: 'disabledApps must be a list of app ids.' };
  if (!Array.isArray(s.customSites) || s.customSites.length > 50)
    return { ok: false, error: 'customSites must be a list of at most 50 sites.' };
  for (const site of s.customSites) {
    if (typeof site?.origin !== 'string' || !/^https?:\/\/[^/\s]+$/.test(site.origin))
      return {
        ok: false,
        error: `Custom site origin "${String(site?.origin)}" must look like https://chat.example.org.`,
      };
    if (typeof site.name !== 'string' || site.name.length === 0 || site.name.length > 80)
      return { ok: false, error: 'Each custom site needs a name of 1 to 80 characters.' };
    if (site.grammar !== null && typeof site.grammar !== 'string')
      return { ok: false, error: 'A custom site grammar must be an app id or null.' };
  }
  if (!isStringList(s.batchWindows, 24, 5) || !s.batchWindows.every((t) => HHMM.test(t)))
    return { ok: false, error: 'Batch windows must be times written HH:MM (at most 24).' };
  const b = s.breakthrough;
  if (typeof b !== 'object' || b === null) return { ok: false, error: 'breakthrough must be an object.' };
  if (!isStringList(b.keywords, 100, 60))
    return { ok: false, error: 'Keywords: at most 100, each up to 60 characters.' };
  if (!isStringList(b.vips, 100, 80)) return { ok: false, error: 'VIP names: at most 100, each up to 80 characters.' };
  if (!isStringList(b.neverHold, 100, 100)) return { ok: false, error: 'neverHold must be a list of app ids.' };
  const st = s.strict;
  if (typeof st !== 'object' || st === null || typeof st.enabled !== 'boolean')
    return { ok: false, error: 'strict.enabled must be true or false.' };
  if (typeof st.phrase !== 'string' || st.phrase.trim().length < 4 || st.phrase.length > 200)
    return { ok: false, error: 'The strict-mode phrase must be 4 to 200 characters.' };
  if (!isInt(st.earlyEndsPerWeek, 0, 50))
    return { ok: false, error: 'Early ends per week must be a whole number from 0 to 50.' };
  const p = s.privacy;
  if (typeof p !== 'object' || p === null || typeof p.keepText !== 'boolean')
    return { ok: false, error: 'privacy.keepText must be true or false.' };
  if (!isInt(p.textDays, 0, 365))
    return { ok: false, error: 'Days to keep notification text must be a whole number from 0 to 365.' };
  if (!isInt(p.historyDays, 7, 3650))
    return { ok: false, error: 'Days to keep history must be a whole number from 7 to 3650.' };
  if (typeof s.showHeldCount !== 'boolean') return { ok: false, error: 'showHeldCount must be true or false.' };
  if (!isInt(s.defaultMinutes, 1, 720))
    return { ok: false, error: 'The default block length must be 1 to 720 minutes.' };
  if (typeof s.syncSchedule !== 'boolean') return { ok: false, error: 'syncSchedule must be true or false.' };
  const work = validateRules(s.workHours, MAX_WORK_RULES);
  if (!work.ok) return { ok: false, error: `Working hours: ${work.error}.` };
  if (typeof s.workHoursConfirmed !== 'boolean')
    return { ok: false, error: 'workHoursConfirmed must be true or false.' };
  if (!isInt(s.awayAfterMinutes, AWAY_MINUTES.min, AWAY_MINUTES.max))
    return {
      ok: false,
      error: `Away after must be a whole number of minutes from ${AWAY_MINUTES.min} to ${AWAY_MINUTES.max}.`,
    };
  return { ok: true, settings: { ...s, workHours: work.rules } };
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
