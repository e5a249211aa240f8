/** Shared set-up for options page tests: a scripted background behind the mocked `send`. */
import { configure } from '@testing-library/preact';
import { vi } from 'vitest';
import type { ScheduleFile } from '@/utils/model';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

// The whole page renders in each test; on a busy two-core machine that can pass the 1 s default.
configure({ asyncUtilTimeout: 5000 });

export type Handler = (payload: unknown) => unknown;

/** A fresh copy, so no test sees another's edits. */
export function settingsFixture(patch: Partial<Settings> = {}): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, ...patch });
}

export function scheduleFixture(rules: ScheduleFile['rules'] = []): ScheduleFile {
  return { format: 'heads-down-schedule', version: 1, rules: structuredClone(rules) };
}

/** Makes the mocked send answer like a background would; unlisted messages answer { ok: true }. */
export function scriptBackground(
  send: ReturnType<typeof vi.fn>,
  state: { settings: Settings; schedule: ScheduleFile },
  overrides: Record<string, Handler> = {},
): void {
  send.mockImplementation(async (type: string, payload?: unknown) => {
    const custom = overrides[type];
    if (custom) return custom(payload);
    if (type === 'getSettings') return structuredClone(state.settings);
    if (type === 'getSchedule') return structuredClone(state.schedule);
    return { ok: true };
  });
}

/** The calls of one message type, in order. */
export function callsOf(send: ReturnType<typeof vi.fn>, type: string): unknown[] {
  return send.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
}

/** A short zone list: the full ~420 datalist options make every happy-dom render slow. */
export function fewZones(): void {
  vi.spyOn(Intl, 'supportedValuesOf').mockReturnValue(['America/New_York', 'Europe/Berlin', 'UTC']);
}
