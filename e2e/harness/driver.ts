/** Node-side proxy of a fixture page's `window.__fixture`, so tests call the app like an API. */
import type { BurstResult, FixtureState, IncomingMessage, ReceiveResult } from '../fixtures/types';

type Win = Window & { __fixture: import('../fixtures/types').FixtureDriver };

/**
 * What the driver needs of a page: Playwright's and Puppeteer's `Page` both fit, so the Chromium and
 * the Firefox suites drive the fixture apps with the same code.
 */
export interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** Wraps `page`'s fixture driver; every call returns the ground truth of what the app did. */
export function fixture(page: Evaluator) {
  return {
    receive: (msg: IncomingMessage): Promise<ReceiveResult> =>
      page.evaluate((m) => (window as unknown as Win).__fixture.receive(m), msg),
    burst: (n: number, withinMs?: number): Promise<BurstResult> =>
      page.evaluate(([k, ms]) => (window as unknown as Win).__fixture.burst(k, ms), [n, withinMs] as const),
    read: () => page.evaluate(() => (window as unknown as Win).__fixture.read()),
    state: (): Promise<FixtureState> => page.evaluate(() => (window as unknown as Win).__fixture.state()),
    setTitleDirect: (text: string) =>
      page.evaluate((t) => (window as unknown as Win).__fixture.setTitleDirect(t), text),
    replaceTitleElement: (text: string) =>
      page.evaluate((t) => (window as unknown as Win).__fixture.replaceTitleElement(t), text),
    rawTitleUpdates: (n: number) => page.evaluate((k) => (window as unknown as Win).__fixture.rawTitleUpdates(k), n),
    setFocused: (focused: boolean) => page.evaluate((f) => (window as unknown as Win).__fixture.setFocused(f), focused),
  };
}

export type FixtureHandle = ReturnType<typeof fixture>;
