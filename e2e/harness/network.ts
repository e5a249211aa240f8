/** Records requests made by the extension's own contexts, for the "local only, zero network" checks. */
import type { Request } from 'playwright-core';
import type { BrowserHandle } from './browser';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Which context made it: the extension's worker, an extension page, or a web page (content scripts too). */
  from: 'service-worker' | 'extension-page' | 'web-page';
  /** URL of the worker or frame that made it. */
  initiator: string;
  at: number;
}

function describe(req: Request, extOrigin: string): Pick<RecordedRequest, 'from' | 'initiator'> {
  const worker = req.serviceWorker();
  if (worker)
    return { from: worker.url().startsWith(extOrigin) ? 'service-worker' : 'web-page', initiator: worker.url() };
  let initiator = '';
  try {
    initiator = req.frame().url();
  } catch {
    // Requests of a worker Playwright does not track have no frame.
  }
  return { from: initiator.startsWith(extOrigin) ? 'extension-page' : 'web-page', initiator };
}

/**
 * Starts recording every request the context makes (Playwright hears them through CDP's Network
 * domain, workers included). `requests()` lists those made by extension contexts to anywhere but
 * the extension itself: the list a zero-network check wants empty. `all()` lists everything.
 */
export function watchNetwork(handle: BrowserHandle) {
  const extOrigin = `chrome-extension://${handle.extensionId}`;
  const seen: RecordedRequest[] = [];
  const onRequest = (req: Request) => {
    seen.push({
      url: req.url(),
      method: req.method(),
      resourceType: req.resourceType(),
      ...describe(req, extOrigin),
      at: Date.now(),
    });
  };
  handle.context.on('request', onRequest);
  return {
    requests: () => seen.filter((r) => r.from !== 'web-page' && !r.url.startsWith(`${extOrigin}/`)),
    all: () => [...seen],
    clear: () => {
      seen.length = 0;
    },
    stop: () => {
      handle.context.off('request', onRequest);
    },
  };
}

export type NetworkWatch = ReturnType<typeof watchNetwork>;
