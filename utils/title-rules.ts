/** Building blocks the per-app title grammars are made of: prefix tokens and count phrases. Pure. */
import { once } from './once';
import { type Found, NUM, parseCount, type Span, segmentCut, segments } from './title-text';

/** One token a title may start with, such as `(3) ` or `• `; matched at a position, trailing space included. */
export interface Token {
  kind: 'count' | 'marker';
  /** Sticky; group 1 is the number for counts. Built on first use (utils/once.ts). */
  readonly re: RegExp;
  /** Extra condition on the match and the text after it (e.g. not the area code of a phone number). */
  accept?: (m: RegExpExecArray, rest: string) => boolean;
}

/** A token whose sticky regex is built from `src` the first time a grammar reads with it; pure, so unused ones are dropped. */
/* @__NO_SIDE_EFFECTS__ */
function token(kind: Token['kind'], src: string, accept?: Token['accept']): Token {
  const re = once(() => new RegExp(src, 'uy'));
  return {
    kind,
    get re() {
      return re();
    },
    ...(accept && { accept }),
  };
}

// `(555) 123-4567` starts like a count; WebCatalog strips phone numbers for this reason.
const phoneRest = once(() => /^\p{Nd}{3}[-.\s]\p{Nd}{4}(?!\p{Nd})/u);

export const PAREN_COUNT = token(
  'count',
  `[(（](${NUM})[)）](?:\\s+|$)`, // fullwidth parentheses in CJK UIs
  (_m, rest) => !phoneRest().test(rest),
);
export const BRACKET_COUNT = token('count', `\\[(${NUM})\\](?:\\s+|$)`);
/** Fastmail `1 • Inbox | Fastmail`. */
export const BULLET_COUNT = token('count', `(${NUM})\\s*•\\s+`);
/** Yahoo `(1 unread) - …`: a number with words around it in parentheses, plus the separator after it. */
export const PAREN_PHRASE = token(
  'count',
  `\\((?:[^()\\p{Nd}]{1,30}?\\s*)?(${NUM})(?:\\s*[^()\\p{Nd}]{1,30})?\\)(?:\\s+[-|–—·]\\s+|\\s+|$)`,
);
export const DOT_MARKER = token('marker', '•\\s+');
export const PAREN_DOT_MARKER = token('marker', '\\(•\\)(?:\\s+|$)');
export const STAR_MARKER = token('marker', '\\*\\s+');
export const BANG_MARKER = token('marker', '!\\s+');

/** Reads a run of tokens from `start`; the first count wins over markers. Null when no token is there. */
export function readPrefix(text: string, tokens: readonly Token[], start = 0): Found | null {
  let at = start;
  let count: number | null = null;
  let sawMarker = false;
  const cuts: Span[] = [];
  for (;;) {
    const step = tokens.find((tok) => {
      tok.re.lastIndex = at;
      const m = tok.re.exec(text);
      return m !== null && (tok.accept?.(m, text.slice(at + m[0].length)) ?? true);
    });
    if (!step) break;
    step.re.lastIndex = at;
    const m = step.re.exec(text)!;
    if (step.kind === 'count') count ??= parseCount(m[1]!);
    else sawMarker = true;
    cuts.push([at, at + m[0].length]);
    at += m[0].length;
  }
  if (count !== null) return { kind: 'count', count, cuts };
  return sawMarker ? { kind: 'marker', count: null, cuts } : null;
}

// A count phrase: words around one number, nothing else (`7 unread messages`, `5 件の通知`). An
// optional leading `[tag] ` is allowed because Telegram A titles were seen with one.
const phrase = once(() => new RegExp(`^(?:\\[[^\\]]*\\]\\s*)?([^\\p{Nd}]*?)\\s*(${NUM})\\s*([^\\p{Nd}]*)$`, 'u'));
const phraseWords = once(() => /^[\p{L}\p{M}\s'’.-]{1,40}$/u);

/** The count in a phrase such as `3 notifications` whose words contain `word`; null for anything else. */
export function phraseCount(text: string, word: RegExp): number | null {
  const m = phrase().exec(text.trim());
  if (!m) return null;
  const words = `${m[1]} ${m[3]}`.trim();
  if (!phraseWords().test(words) || !word.test(words)) return null;
  return parseCount(m[2]!);
}

/** Separators between title segments: ` - `, ` | `, en/em dash, middle dot. */
export const SEGMENT_SEP = /\s+[-|–—·]\s+/g;

/** Finds the first segment that is a count phrase; a title that is nothing but the phrase is `whole`. */
export function readSegmentPhrase(
  text: string,
  test: (segment: string) => number | null,
  sep: RegExp = SEGMENT_SEP,
): Found | null {
  const segs = segments(text, sep);
  for (const [i, seg] of segs.entries()) {
    const count = test(seg.text);
    if (count === null) continue;
    if (segs.length === 1) return { kind: 'count', count, cuts: [[0, text.length]], whole: true };
    return { kind: 'count', count, cuts: [segmentCut(seg, i === 0)] };
  }
  return null;
}

/** Joins two partial readings of one title: a count beats a marker, and both sets of cuts apply. */
export function merge(a: Found | null, b: Found | null): Found | null {
  if (!a || !b) return a ?? b;
  const first = a.kind === 'count' || b.kind !== 'count' ? a : b;
  return { ...first, cuts: [...a.cuts, ...b.cuts], whole: a.whole || b.whole };
}
