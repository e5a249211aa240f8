/** Drives a script's steps on the fixture apps and returns what each app really did. */
import { type BurstResult, type Evaluator, type FixtureAppId, fixture, type ReceiveResult } from '../../harness';
import { GROUP_WINDOW_MS, type Step } from './script';

/** Margin over the grouping window so two steps on one tab are never one interruption. */
export const SAME_TAB_GAP_MS = GROUP_WINDOW_MS + 400;

export type StepOutcome =
  | { kind: 'message'; step: Extract<Step, { do: 'message' }>; result: ReceiveResult }
  | { kind: 'burst'; step: Extract<Step, { do: 'burst' }>; result: BurstResult }
  | { kind: 'peek'; step: Extract<Step, { do: 'peek' }>; stayedMs: number }
  | { kind: 'read'; step: Extract<Step, { do: 'read' }> };

/** A tab as both suites have it (a Playwright or a Puppeteer page): shared by e2e/firefox. */
export interface AppTab extends Evaluator {
  bringToFront(): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Runs `steps` in order. Before a message or burst it waits until the app's tab has been quiet for
 * SAME_TAB_GAP_MS, so the truth the script claims (one step, one interruption) holds; steps on
 * different tabs follow each other at once. A peek brings the app's tab to the front for `stayMs`,
 * then `away` (a page that is not watched), because a peek is judged when the person leaves.
 */
export async function runSteps(
  steps: Step[],
  pages: Partial<Record<FixtureAppId, AppTab>>,
  away: Pick<AppTab, 'bringToFront'>,
  lastSignal: Map<FixtureAppId, number> = new Map(),
): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  for (const step of steps) {
    const page = pages[step.app];
    if (!page) throw new Error(`No tab open for ${step.app}`);
    if (step.do === 'peek') {
      await page.bringToFront();
      const from = Date.now();
      await sleep(step.stayMs);
      await away.bringToFront();
      outcomes.push({ kind: 'peek', step, stayedMs: Date.now() - from });
      continue;
    }
    if (step.do === 'read') {
      await fixture(page).read();
      outcomes.push({ kind: 'read', step });
      continue;
    }
    await sleep((lastSignal.get(step.app) ?? 0) + SAME_TAB_GAP_MS - Date.now());
    if (step.do === 'message') {
      outcomes.push({
        kind: 'message',
        step,
        result: await fixture(page).receive({ from: step.from, text: step.text }),
      });
    } else {
      outcomes.push({ kind: 'burst', step, result: await fixture(page).burst(step.n, step.withinMs) });
    }
    lastSignal.set(step.app, Date.now());
  }
  return outcomes;
}

/** Reasons a message step did not fire all four signals (empty when it did). */
export function missingSignals(result: ReceiveResult): string[] {
  const missing: string[] = [];
  if (result.notification !== 'page' && result.notification !== 'sw') missing.push('notification');
  if (!result.titleChanged) missing.push('title');
  if (!result.faviconChanged) missing.push('favicon');
  if (result.sound === null) missing.push('sound');
  return missing;
}
