/** Starting and ending focus blocks the way the popup does, waiting until the product has acted. */
import type { BrowserHandle } from '../e2e/harness';
import { ask, stored, until } from '../e2e/product';

interface FocusStateLike {
  block: { id: string } | null;
}

/** Starts a 60-minute block and resolves with its id once the focus state is published. */
export async function startBlock(h: BrowserHandle): Promise<string> {
  const reply = await ask<{ ok: boolean; error?: string }>(h, 'startBlock', { minutes: 60 });
  if (!reply.ok) throw new Error(`startBlock failed: ${reply.error}`);
  const state = await until(
    async () => (await stored<FocusStateLike>(h, 'focusState'))?.block,
    10_000,
    'the block in the focus state',
  );
  return state.id;
}

/** Ends the running block and resolves once the focus state shows no block. */
export async function endBlock(h: BrowserHandle): Promise<void> {
  const reply = await ask<{ ok: boolean; error?: string }>(h, 'endBlock', {});
  if (!reply.ok) throw new Error(`endBlock failed: ${reply.error}`);
  await until(
    async () => (await stored<FocusStateLike>(h, 'focusState'))?.block === null,
    10_000,
    'the block to end in the focus state',
  );
}
