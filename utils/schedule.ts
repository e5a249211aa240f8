/** Weekly focus schedule math (luxon). Pure. (Stub: the real engine comes next.) */
import type { ScheduleFile } from './model';

export function focusWindows(
  _schedule: ScheduleFile,
  _fromMs: number,
  _toMs: number,
  _localZone: string,
): Array<{ start: number; end: number }> {
  return [];
}
