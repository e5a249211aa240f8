/** Text plumbing for title reading: bidi-mark stripping with an index map, number parsing, cutting spans. Pure. */

/** A half-open range [start, end) in the bidi-stripped text. */
export type Span = readonly [number, number];

/** What a grammar found in a title: the reading plus the spans that carry it. */
export interface Found {
  kind: 'count' | 'marker';
  count: number | null;
  cuts: Span[];
  /** The indicator replaces the whole title (Telegram's `N notifications`, blink frames): nothing is left to show. */
  whole?: boolean;
}

/** The title without bidi marks, and where each of its UTF-16 units came from in the original. */
export interface Plain {
  text: string;
  origin: number[];
}

// Marks that RTL titles (Hebrew, Arabic Gmail) carry around the count; they change nothing a reader sees.
const BIDI_MARK = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Strips bidi marks, remembering each kept unit's original index so masking can leave them in place. */
export function stripBidi(title: string): Plain {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < title.length; i++) {
    const ch = title[i]!;
    if (BIDI_MARK.test(ch)) continue;
    text += ch;
    origin.push(i);
  }
  return { text, origin };
}

/** Removes the spans (in stripped coordinates) from the original title; bidi marks, even inside a span, stay. */
export function cutSpans(title: string, plain: Plain, cuts: readonly Span[]): string {
  const drop = new Set<number>();
  for (const [s, e] of cuts) for (let i = s; i < e; i++) drop.add(plain.origin[i]!);
  let out = '';
  for (let i = 0; i < title.length; i++) if (!drop.has(i)) out += title[i];
  return out;
}

// Digit grouping seen or expected in counts: `8,756`, `1.234`, `1 234` with a plain, no-break, narrow
// no-break or thin space, Swiss `1'234`, Arabic `١٬٢٣٤`. Exactly three digits per group, so a clock
// value `1:23` or a decimal `1,5` never reads as a count.
const GROUP_SEP = "[,.\\u0020\\u00A0\\u202F\\u2009\\u066C'\\u2019]";

/** Regex source for a count: grouped or plain digits of any script, optionally capped with `+`. */
export const NUM = `(?:\\p{Nd}{1,3}(?:${GROUP_SEP}\\p{Nd}{3})+(?!\\p{Nd})|\\p{Nd}+)\\+?`;

const DECIMAL_DIGIT = /\p{Nd}/u;

// Unicode lays every decimal digit script out as runs of ten starting at zero, so a digit's value
// is its distance from the start of its run, modulo ten (some runs, like the maths digits, repeat).
function digitValue(cp: number): number {
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** The number a count token means; a capped `99+` means at least 100, so it reads as 100. */
export function parseCount(token: string): number {
  let value = 0;
  for (const ch of token) {
    if (DECIMAL_DIGIT.test(ch)) value = value * 10 + digitValue(ch.codePointAt(0)!);
  }
  return token.endsWith('+') ? value + 1 : value;
}

/** A segment of a title between separators such as ` - ` or ` | `, with its place in the text. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Where the separator before this segment starts (equals `start` for the first segment). */
  sepStart: number;
  /** Where the next segment starts (equals `end` for the last segment). */
  nextStart: number;
}

/** Splits `text` at separators matched by `sep` (a global regex), keeping positions for clean cuts. */
export function segments(text: string, sep: RegExp): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let sepStart = 0;
  for (const m of text.matchAll(sep)) {
    out.push({ text: text.slice(start, m.index), start, end: m.index, sepStart, nextStart: m.index + m[0].length });
    sepStart = m.index;
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start, end: text.length, sepStart, nextStart: text.length });
  return out;
}

/** The cut that removes a segment and one adjacent separator, so no dangling ` - ` is left. */
export function segmentCut(seg: Segment, isFirst: boolean): Span {
  return isFirst ? [seg.start, seg.nextStart] : [seg.sepStart, seg.end];
}
