/**
 * What a hostile page can do from its own (MAIN-world) scripts: post look-alike guard messages on
 * the window (which reach nothing: the guard and relay talk over a private link), and raise as
 * many notifications as it likes through the guarded API.
 */
import type { Page } from 'playwright-core';

const GUARD = 'heads-down-guard';

/** A guard signal message as the real guard posts it, with whatever `signal` the page likes. */
export const forgedSignal = (signal: unknown) => ({ source: GUARD, type: 'signal', signal });

/** Messages that must all be refused: wrong envelopes, wrong kinds, bad counts, wrong field types. */
export const WRONG_SHAPES: unknown[] = [
  null,
  'signal',
  42,
  [],
  { source: GUARD },
  { source: GUARD, type: 'signal' },
  { source: 'heads-down-relay', type: 'signal', signal: { kind: 'notification', at: 0, messages: 1 } },
  forgedSignal(null),
  forgedSignal('notification'),
  forgedSignal([]),
  forgedSignal({ kind: 'evil', at: 0, messages: 1 }),
  forgedSignal({ kind: 'notification', at: 0 }),
  forgedSignal({ kind: 'notification', at: 0, messages: 0 }),
  forgedSignal({ kind: 'notification', at: 0, messages: -5 }),
  forgedSignal({ kind: 'notification', at: 0, messages: 1.5 }),
  forgedSignal({ kind: 'notification', at: 0, messages: '3' }),
  forgedSignal({ kind: 'title', at: 0, messages: Number.NaN }),
  forgedSignal({ kind: 'title', at: 0, messages: Number.POSITIVE_INFINITY }),
  forgedSignal({ kind: 'title', at: 0, messages: 1e12 }),
  forgedSignal({ kind: 'notification', at: 0, messages: 1, title: 42 }),
  forgedSignal({ kind: 'notification', at: 0, messages: 1, body: ['x'] }),
  forgedSignal({ kind: 'notification', at: 0, messages: 1, breakthrough: 'yes' }),
];

/** Posts `messages` from the page's own world, as any script of the page could. */
export function postFromPage(page: Page, messages: unknown[]): Promise<void> {
  return page.evaluate((list) => {
    for (const m of list) window.postMessage(m, '*');
  }, messages);
}

/** Raises one notification from the page's own world, as any script of the page could. */
export function notifyFromPage(page: Page, title: string, body: string): Promise<void> {
  return page.evaluate(
    ([t, b]) => {
      new Notification(t, { body: b });
    },
    [title, body] as const,
  );
}

/**
 * Raises `total` notifications titled `title`, spread over `withinMs`, in slices of 100 ms, all in
 * the page (a 10,000-notification flood does not cross the test's wire). Resolves when the last is raised.
 */
export function floodFromPage(page: Page, title: string, total: number, withinMs: number): Promise<number> {
  return page.evaluate(
    ([t, n, ms]) =>
      new Promise<number>((done) => {
        const slices = Math.max(1, Math.round(ms / 100));
        const per = Math.ceil(n / slices);
        let raised = 0;
        const tick = () => {
          for (let i = 0; i < per && raised < n; i++, raised++) new Notification(t);
          if (raised < n) setTimeout(tick, 100);
          else done(raised);
        };
        tick();
      }),
    [title, total, withinMs] as const,
  );
}
