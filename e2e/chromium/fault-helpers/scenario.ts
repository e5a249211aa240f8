/** Focus-block steps shared by the fault and abuse tests: start, read what is held, end, read the digest. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Interruption } from '../../../utils/model';
import { type BrowserHandle, controlPage } from '../../harness';
import { ask, stored, until } from '../../product';

export interface BlockInfo {
  id: string;
  start: number;
  end: number;
}

/** The digest record the background keeps in storage.local (`lastDigest`). */
export interface DigestRecord {
  id: string;
  blockId: string;
  title: string;
  message: string;
  held: number;
  messages: number;
}

interface StatusView {
  block: BlockInfo | null;
  held: Interruption[];
  storageError: string | null;
}

/** Asks for the product's status the way the popup does. */
export function status(h: BrowserHandle): Promise<StatusView> {
  return ask<StatusView>(h, 'getStatus');
}

/** Starts a manual block and resolves once the background reports it running. */
export async function startBlock(h: BrowserHandle, minutes: number): Promise<BlockInfo> {
  const reply = await ask<{ ok: boolean; error?: string }>(h, 'startBlock', { minutes });
  if (!reply.ok) throw new Error(`startBlock refused: ${reply.error}`);
  await until(async () => (await stored<{ block: unknown }>(h, 'focusState'))?.block, 5_000, 'focus state');
  return until(async () => (await status(h)).block, 5_000, 'running block');
}

/** Held items of one block, as the popup lists them. */
export async function heldOf(h: BrowserHandle, blockId: string): Promise<Interruption[]> {
  return (await status(h)).held.filter((i) => i.blockId === blockId);
}

/** The held records of a block as stored (released ones included), read from the product's database. */
export async function storedHeldOf(h: BrowserHandle, blockId: string): Promise<Interruption[]> {
  const page = await controlPage(h);
  const all = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('heads-down');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('interruptions').objectStore('interruptions').index('byBlock').getAll(id);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, blockId);
  return (all as Interruption[]).filter((i) => i.kind === 'held');
}

/** Waits until the popup lists exactly `count` held items for the block (what the relay has had acknowledged). */
export async function heldReaches(h: BrowserHandle, blockId: string, count: number, timeoutMs = 15_000) {
  let last: Interruption[] = [];
  try {
    return await until(
      async () => {
        last = await heldOf(h, blockId);
        return last.length === count ? last : null;
      },
      timeoutMs,
      `${count} held items`,
    );
  } catch {
    const seen = last
      .map((i) => `${i.appId}@${i.at}+${i.lastAt - i.at}ms×${i.messages}[${i.signals.join('/')}]`)
      .join(', ');
    throw new Error(`Expected ${count} held items in block ${blockId}, the popup lists ${last.length}: ${seen}`);
  }
}

/** Waits for the digest of `blockId` (without ending anything). */
export function digestOf(h: BrowserHandle, blockId: string, timeoutMs = 10_000): Promise<DigestRecord> {
  return until(
    async () => {
      const d = await stored<DigestRecord>(h, 'lastDigest');
      return d?.blockId === blockId ? d : null;
    },
    timeoutMs,
    `the digest of block ${blockId}`,
  );
}

/** Ends the running block and waits for its digest. */
export async function endAndDigest(h: BrowserHandle, blockId: string): Promise<DigestRecord> {
  const reply = await ask<{ ok: boolean; error?: string }>(h, 'endBlock', {});
  if (!reply.ok) throw new Error(`endBlock refused: ${reply.error}`);
  return digestOf(h, blockId);
}

/** "Slack 8, Gmail 4 (14 messages)" → {Slack: 8, Gmail: 4}. */
export function perAppOfDigest(message: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of message.replace(/ \(\d+ messages\)$/, '').split(', ')) {
    const m = /^(.*) (\d+)$/.exec(part);
    if (!m) throw new Error(`Unreadable digest part "${part}" in "${message}"`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** Counts items by `key`. */
export function countBy(items: Interruption[], key: (i: Interruption) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** A profile folder the test owns (so the browser can be closed and started again on it). */
export function tempProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'heads-down-faults-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Ends a block left running by an earlier (failed) test, so each test starts idle. */
export async function endAnyBlock(h: BrowserHandle): Promise<void> {
  const running = (await status(h)).block;
  if (running) await ask(h, 'endBlock', {});
}
