/**
 * How pure code words things without touching the browser: the caller passes the translator of the
 * language shown (utils/browser-i18n.ts in the extension, a fixed language in tests).
 */
import type { MessageKey, PluralKey } from './locale-keys';

export interface Wording {
  /** The Intl locale of the text (numbers, lists, dates). */
  locale: string;
  t: (key: MessageKey, ...substitutions: Array<string | number>) => string;
  /** `${key}_one` or `${key}_other` for n; n is the first substitution, formatted. */
  plural: (key: PluralKey, n: number, ...rest: Array<string | number>) => string;
}

/**
 * A message a pure function reports (an error, a reason), translated where it is shown. An argument
 * may itself be a message (the record a problem is in, the rule a value breaks), worded first.
 */
export interface Message {
  key: MessageKey;
  args?: ReadonlyArray<string | number | Message>;
}

/** The message in the shown language, its inner messages worded in the same language. */
export function say(wording: Pick<Wording, 't'>, message: Message): string {
  return wording.t(
    message.key,
    ...(message.args ?? []).map((arg) => (typeof arg === 'object' ? say(wording, arg) : arg)),
  );
}
