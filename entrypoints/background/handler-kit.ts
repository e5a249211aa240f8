/** What every area's handlers share: their type, the refusal shape, and strict mode's replies. */
import type { Browser } from 'wxt/browser';
import { clockTime, t } from '@/utils/browser-i18n';
import type { MessageName, Protocol } from '@/utils/messages';
import { openBlock } from '@/utils/records';
import { judgeStrictAction, type StrictAction, type StrictVerdict } from '@/utils/strict-policy';

export type Handler<K extends MessageName> = (
  payload: Protocol[K]['payload'],
  sender: Browser.runtime.MessageSender,
) => Promise<Protocol[K]['reply']>;

/** The handlers of the messages `K`: each area of the protocol answers its own. */
export type HandlersFor<K extends MessageName> = { [P in K]: Handler<P> };

export const fail = (error: string) => ({ ok: false as const, error });

/** What strict mode says about `action` now (utils/strict-policy.ts). */
export async function strictVerdict(action: StrictAction): Promise<StrictVerdict> {
  return judgeStrictAction(await openBlock(), action, Date.now());
}

/** The verdict's reason in the person's words, with the block's end as a local clock time. */
export function strictText(verdict: Exclude<StrictVerdict, { kind: 'allowed' }>): string {
  return t(verdict.reason, clockTime(verdict.until));
}
