/** What a hostile page can do from its own (MAIN-world) scripts: post look-alike guard messages. */
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

/**
 * Posts `total` copies of `signal` spread over `withinMs`, in slices of 100 ms, all built in the
 * page (a 10,000-message flood does not cross the test's wire). Resolves when the last is posted.
 */
export function floodFromPage(page: Page, signal: unknown, total: number, withinMs: number): Promise<number> {
  return page.evaluate(
    ([s, n, ms]) =>
      new Promise<number>((done) => {
        const slices = Math.max(1, Math.round(ms / 100));
        const per = Math.ceil(n / slices);
        let posted = 0;
        const tick = () => {
          for (let i = 0; i < per && posted < n; i++, posted++)
            window.postMessage({ source: 'heads-down-guard', type: 'signal', signal: s }, '*');
          if (posted < n) setTimeout(tick, 100);
          else done(posted);
        };
        tick();
      }),
    [signal, total, withinMs] as const,
  );
}
