/** One zero-network ledger across browser relaunches: each new handle is watched too. */
import { type BrowserHandle, type NetworkWatch, type RecordedRequest, watchNetwork } from '../../harness';

export interface NetworkLedger {
  /** Starts watching a (new) handle; earlier handles' records are kept. */
  watch(h: BrowserHandle): void;
  /** Requests made by extension contexts (worker, pages) to anywhere but the extension, over every handle. */
  extensionRequests(): RecordedRequest[];
  /** Every request seen, web pages' included (to show the watch was live). */
  all(): RecordedRequest[];
}

/** Creates an empty ledger. */
export function networkLedger(): NetworkLedger {
  const watches: NetworkWatch[] = [];
  return {
    watch(h) {
      watches.push(watchNetwork(h));
    },
    extensionRequests: () => watches.flatMap((w) => w.requests()),
    all: () => watches.flatMap((w) => w.all()),
  };
}
