/**
 * When focus is on: the weekly schedule plus the person's exceptions (hand-started blocks, skipped
 * or ended-early windows, a pause), as plain data in, plain data out. The background turns
 * nextTransition into one alarm and recomputes when it fires.
 *
 * A scheduled window is the merged window focusWindows returns; suppression and pause act on it
 * whole. Suppression matches by overlap, so a suppressed entry only needs roughly the right span.
 */
import type { FocusOverrides } from './db';
import type { ScheduleFile } from './model';
import { type EpochSpan, focusWindows, mergeIntervals } from './schedule';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead transitions and the next block are looked for. */
const HORIZON = 8 * DAY;

export interface FocusInputs {
  schedule: ScheduleFile;
  localZone: string;
  overrides: FocusOverrides;
}

export interface FocusWindow {
  start: number;
  end: number;
  /** 'schedule' if any scheduled window is part of this merged block. */
  origin: 'schedule' | 'manual';
}

const overlaps = (a: EpochSpan, b: EpochSpan) => a.start < b.end && b.start < a.end;

/** Scheduled windows overlapping [from, to) that still run: not suppressed, not started during a pause. */
function scheduledWindows(from: number, to: number, inputs: FocusInputs): EpochSpan[] {
  const { suppressed, pausedUntil } = inputs.overrides;
  return focusWindows(inputs.schedule, from, to, inputs.localZone).filter(
    (w) => !suppressed.some((s) => overlaps(s, w)) && (pausedUntil === null || w.start >= pausedUntil),
  );
}

/** Effective blocks (schedule and manual merged) overlapping [from, to), whole, sorted. */
export function effectiveWindows(from: number, to: number, inputs: FocusInputs): FocusWindow[] {
  const manual = inputs.overrides.manual.filter((m) => m.end > m.start && m.end > from - HORIZON);
  const lo = Math.min(from, ...manual.map((m) => m.start));
  const hi = Math.max(to, ...manual.map((m) => m.end));
  const items = [
    ...scheduledWindows(lo, hi, inputs).map((w) => ({ ...w, scheduled: true })),
    ...manual.map((m) => ({ start: m.start, end: m.end, scheduled: false })),
  ].sort((a, b) => a.start - b.start);
  const out: FocusWindow[] = [];
  for (const it of items) {
    const top = out[out.length - 1];
    if (top && it.start <= top.end) {
      top.end = Math.max(top.end, it.end);
      if (it.scheduled) top.origin = 'schedule';
    } else {
      out.push({ start: it.start, end: it.end, origin: it.scheduled ? 'schedule' : 'manual' });
    }
  }
  return out.filter((w) => w.end > from && w.start < to);
}

/** The merged focus window containing `now` (start <= now < end), or null. */
export function focusAt(now: number, inputs: FocusInputs): FocusWindow | null {
  return effectiveWindows(now, now + 1, inputs).find((w) => w.start <= now && now < w.end) ?? null;
}

/** The next instant after `now` at which focusAt changes (a block starts or ends), or null if none within 8 days. */
export function nextTransition(now: number, inputs: FocusInputs): number | null {
  const limit = now + HORIZON;
  const times = effectiveWindows(now, limit + 1, inputs)
    .flatMap((w) => [w.start, w.end])
    .filter((t) => t > now && t <= limit);
  return times.length > 0 ? Math.min(...times) : null;
}

/** The next scheduled window starting after now (suppressions and pause applied), or null. */
export function nextScheduledWindow(now: number, inputs: FocusInputs): EpochSpan | null {
  const find = (from: number) => scheduledWindows(from, from + HORIZON, inputs).find((w) => w.start > now) ?? null;
  const next = find(now);
  const paused = inputs.overrides.pausedUntil;
  // A long pause can hide every window of the next 8 days; then look from its end.
  const found = next ?? (paused !== null && paused > now ? find(paused) : null);
  return found && { start: found.start, end: found.end };
}

const withManual = (o: FocusOverrides, add: EpochSpan): FocusOverrides => ({
  ...o,
  manual: mergeIntervals([...o.manual, add]),
});

/** Starts a hand-made block [now, now + minutes); it merges with a running block. */
export function startManual(now: number, minutes: number, inputs: FocusInputs): FocusOverrides {
  if (!(minutes > 0)) return inputs.overrides;
  return withManual(inputs.overrides, { start: now, end: now + minutes * MINUTE });
}

/** Moves the end of the running block `minutes` later; nothing happens when no block runs. */
export function extendCurrent(now: number, minutes: number, inputs: FocusInputs): FocusOverrides {
  const current = focusAt(now, inputs);
  if (!current || !(minutes > 0)) return inputs.overrides;
  return withManual(inputs.overrides, { start: current.end, end: current.end + minutes * MINUTE });
}

/**
 * Ends the running block now. Every part of it that would still run is removed: manual intervals
 * are cut at now (later ones inside the block dropped) and the scheduled windows in it are
 * suppressed, so the rest of a merged block cannot restart.
 */
export function endCurrent(now: number, inputs: FocusInputs): FocusOverrides {
  const current = focusAt(now, inputs);
  if (!current) return inputs.overrides;
  const o = inputs.overrides;
  const manual = o.manual.flatMap((m) => {
    if (!overlaps(m, current) || m.end <= now) return [m];
    return m.start < now ? [{ start: m.start, end: now }] : [];
  });
  const ending = scheduledWindows(now, current.end, inputs);
  return { ...o, manual, suppressed: [...o.suppressed, ...ending] };
}

/** Suppresses the next scheduled window (not the running one). */
export function skipNext(now: number, inputs: FocusInputs): FocusOverrides {
  const next = nextScheduledWindow(now, inputs);
  if (!next) return inputs.overrides;
  return { ...inputs.overrides, suppressed: [...inputs.overrides.suppressed, next] };
}

/**
 * Pauses the schedule: windows starting before `until` do not run, and a scheduled window running
 * now is suppressed, so resuming early (`until` null) does not bring it back. Manual blocks go on.
 */
export function pauseUntil(now: number, until: number | null, inputs: FocusInputs): FocusOverrides {
  const o = inputs.overrides;
  if (until === null || until <= now) return { ...o, pausedUntil: null };
  const running = scheduledWindows(now, now + 1, inputs).filter((w) => w.start <= now);
  return { ...o, pausedUntil: until, suppressed: [...o.suppressed, ...running] };
}

/**
 * Drops what can no longer matter: manual and suppressed spans that ended over a day ago, strict
 * early ends over 7 days old, and a pause that ended over 8 days ago (no window outlasts that).
 */
export function pruneOverrides(now: number, inputs: FocusInputs): FocusOverrides {
  const o = inputs.overrides;
  return {
    manual: o.manual.filter((m) => m.end >= now - DAY),
    suppressed: o.suppressed.filter((s) => s.end >= now - DAY),
    pausedUntil: o.pausedUntil !== null && o.pausedUntil < now - HORIZON ? null : o.pausedUntil,
    strictEarlyEnds: o.strictEarlyEnds.filter((t) => t >= now - 7 * DAY),
  };
}
