/**
 * Figures 2 and 3: how much extension script runs in a page. The DevTools protocol reports every
 * script V8 compiles in the page's renderer (`Debugger.scriptParsed`), in every world; those that
 * come from the extension carry a `chrome-extension://` URL or run in a context of the extension's
 * origin (its isolated world). Attaching before navigation catches scripts that run once and go.
 */
import type { BrowserContext } from 'playwright-core';
import { gzBytes, utf8Bytes } from './measure';

interface ParsedScript {
  scriptId: string;
  url: string;
  executionContextId: number;
}

export interface InjectedScripts {
  /** Scripts that ran in the page from the extension, by URL, with their UTF-8 size. */
  scripts: Array<{ url: string; world: string; bytes: number; gzBytes: number }>;
  bytes: number;
  gzBytes: number;
  /** Every script the page compiled, extension or not: proves the capture saw the page at all. */
  allScripts: number;
}

/** Loads `url` in a new tab of `context` with the debugger attached and sums the extension's scripts. */
export async function injectedScripts(context: BrowserContext, extensionId: string, url: string) {
  const extOrigin = `chrome-extension://${extensionId}`;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const parsed: ParsedScript[] = [];
  const contexts = new Map<number, { origin: string; name: string }>();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.set(c.id, { origin: c.origin, name: c.name }));
  cdp.on('Debugger.scriptParsed', (e) => parsed.push(e));
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Content scripts at document_idle would run after load; give them time to show up.
  await page.waitForTimeout(1000);
  const result: InjectedScripts = { scripts: [], bytes: 0, gzBytes: 0, allScripts: parsed.length };
  for (const s of parsed) {
    const world = contexts.get(s.executionContextId);
    const fromExtension = s.url.startsWith(`${extOrigin}/`) || world?.origin === extOrigin;
    if (!fromExtension) continue;
    const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: s.scriptId });
    const entry = {
      url: s.url || '(no url)',
      world: world?.origin === extOrigin ? `isolated (${world.name})` : 'main',
      bytes: utf8Bytes(scriptSource),
      gzBytes: gzBytes(scriptSource),
    };
    result.scripts.push(entry);
    result.bytes += entry.bytes;
    result.gzBytes += entry.gzBytes;
  }
  await cdp.detach().catch(() => {});
  await page.close();
  return result;
}
