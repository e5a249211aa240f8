/**
 * Each app's title grammar (real titles of each, with their sources, are in
 * tests/fixtures/corpus-titles.json). A grammar looks only where its app puts the count, so names that
 * merely contain digits (`Team (5)`, `"Invoices (2024)"`, `[5] Standup`, `(5) Sales Team` in
 * Telegram A) are never read. Every regex is built the first time its grammar reads a title
 * (utils/once.ts): a page only ever reads with its own app's grammar, or the generic one. Pure.
 */
import { once } from './once';
import {
  BANG_MARKER,
  BRACKET_COUNT,
  BULLET_COUNT,
  DOT_MARKER,
  merge,
  PAREN_COUNT,
  PAREN_DOT_MARKER,
  PAREN_PHRASE,
  phraseCount,
  readPrefix,
  readSegmentPhrase,
  STAR_MARKER,
  type Token,
} from './title-rules';
import { type Found, NUM, parseCount, type Segment, segmentCut, segments } from './title-text';
import { messageBlink, newItemWord, notificationWord, unreadWord } from './title-words';

/** Reads a bidi-stripped title; null when it carries no unread state. */
export type Grammar = (text: string) => Found | null;

/** A grammar that reads a run of leading tokens. Pure, so an unused one is dropped from a bundle. */
/* @__NO_SIDE_EFFECTS__ */
function leading(...tokens: Token[]): Grammar {
  return (text) => readPrefix(text, tokens);
}

const HYPHEN_SEP = /\s+[-–—]\s+/g;

/** The whole title announces a message (a blink frame); a count in front of it still counts. */
function blinkFrame(text: string, lead: Found | null): Found {
  return { kind: lead?.kind ?? 'marker', count: lead?.count ?? null, cuts: [[0, text.length]], whole: true };
}

const labelCount = once(() => new RegExp(`\\s*[(（](${NUM})[)）]$`, 'u'));
// Legacy Gmail chat's blink frame, `Alice says…` (tests/fixtures/corpus-titles.json): the one form
// Gmail is known to blink. Its own expression, not the other apps' blink phrases (utils/title-words.ts
// `messageBlink`, Messenger's and LinkedIn's in six languages), which would be half of Gmail's grammar
// in its guard (issue 12) for frames Gmail never shows.
const gmailChatBlink = once(() => /\bsays(?:…|\.\.\.)\s*$/iu);
// A thread view shows the subject instead of the label; a reply's subject may end in `(2)` too.
const replySubject = once(() => /^(?:re|fwd?|aw|wg|tr|sv|vs|rv|enc|antw)\s*:/i);

// `<Label> (N) - <account> - Gmail|<Org> Mail`: the count closes the label, which is everything
// before the last two segments (a subject may itself contain ` - `). A quoted label such as
// `"Invoices (2024)"` ends in a quote, so its digits are never read.
export const gmailGrammar: Grammar = (text) => {
  const segs = segments(text, HYPHEN_SEP);
  if (segs.length >= 2) {
    const labelEnd = segs[Math.max(0, segs.length - 3)]!.end;
    const label = text.slice(0, labelEnd);
    // Most labels carry no count: only one ending in a bracket needs the (costly to build) regex.
    const close = label.at(-1);
    const m = close === ')' || close === '）' ? labelCount().exec(label) : null;
    if (m && !replySubject().test(text))
      return { kind: 'count', count: parseCount(m[1]!), cuts: [[m.index, labelEnd]] };
  }
  // Legacy chat blink (`Alice says…`) replaces the whole title; a thread subject keeps the account tail.
  return segs.length < 3 && gmailChatBlink().test(text) ? blinkFrame(text, null) : null;
};

const conversationKind = once(() => /\([^()]+\)$/u); // `(Channel)`, `(DM)`, localised `(Kanal)`
const anyLetter = once(() => /\p{L}/u);

// Slack's `N new item(s)` is only known in English, so the segment is also found by position:
// `<conv> (<kind>) - <workspace> - <count phrase> - Slack`. Without a `(kind)` segment (Activity,
// older layouts) the title must have exactly those four segments.
function slackPositional(text: string): Found | null {
  const segs = segments(text, HYPHEN_SEP);
  if (segs.length < 4 || segs.at(-1)!.text.trim() !== 'Slack') return null;
  const kindAt = segs.slice(0, -2).findLastIndex((s: Segment) => conversationKind().test(s.text.trim()));
  if (kindAt >= 0 ? kindAt !== segs.length - 4 : segs.length !== 4) return null;
  const seg = segs.at(-2)!;
  const count = phraseCount(seg.text, anyLetter());
  return count === null ? null : { kind: 'count', count, cuts: [segmentCut(seg, false)] };
}

const slackOldHead = once(() => /^Slack\s+\|\s+/u); // `Slack | ! Username | 1 new item` (2020)

export const slackGrammar: Grammar = (text) => {
  const marks = readPrefix(text, [STAR_MARKER, BANG_MARKER], slackOldHead().exec(text)?.[0].length ?? 0);
  const count = readSegmentPhrase(text, (s) => phraseCount(s, newItemWord())) ?? slackPositional(text);
  return merge(count, marks);
};

// Telegram K and A replace the whole title with `N notification(s)` while blurred; otherwise the
// title is the open chat's name, which is never read (a chat may be called `(5) Sales Team`).
const telegram: Grammar = (text) => {
  const count = phraseCount(text, notificationWord());
  return count === null ? null : { kind: 'count', count, cuts: [[0, text.length]], whole: true };
};

// Messenger blinks `Alice messaged you` (localised) with its base title, which always names the
// brand; a frame without the brand is taken for a blink in a language the phrase list lacks.
const messengerBrand = once(() => /messenger|facebook/i);
export const messengerGrammar: Grammar = (text) => {
  const lead = readPrefix(text, [PAREN_COUNT]);
  const rest = text.slice(lead?.cuts.at(-1)?.[1] ?? 0).trim();
  if (messageBlink().test(text) || (rest !== '' && !messengerBrand().test(rest))) return blinkFrame(text, lead);
  return lead;
};

// LinkedIn `(1) New message from Sender | LinkedIn` / `Sender enviou-te uma mensagem | LinkedIn`.
export const linkedinGrammar: Grammar = (text) => {
  const lead = readPrefix(text, [PAREN_COUNT]);
  return messageBlink().test(text) ? blinkFrame(text, lead) : lead;
};

// Rocket.Chat: legacy `(N) Site` / `(•) Site` / `(999+) Site`; 2024 `N unread messages` joined to
// the site name with ` - `; the newer `[total] (room) Room Name` reads the total.
export const rocketchatGrammar: Grammar = (text) =>
  merge(
    readPrefix(text, [BRACKET_COUNT, PAREN_COUNT, PAREN_DOT_MARKER]),
    readSegmentPhrase(text, (s) => phraseCount(s, unreadWord()), HYPHEN_SEP),
  );

const elementToken = once(() => new RegExp(`\\s+(?:\\[(${NUM})\\]|\\*)(?=\\s|$)`, 'gu'));

// Element: `<brand> [Offline] [N] | <room>` or `<brand> * | <room>`. Only the part before the
// first ` | ` is read, so a room called `[5] Standup` is not a count.
export const elementGrammar: Grammar = (text) => {
  const head = text.slice(0, /\s\|\s/.exec(text)?.index ?? text.length);
  let found: Found | null = null;
  for (const m of head.matchAll(elementToken())) {
    if (m.index === 0) continue; // the brand comes first
    const count = m[1] === undefined ? null : parseCount(m[1]);
    const cut: [number, number] = [m.index, m.index + m[0].length];
    found = merge(found, { kind: count === null ? 'marker' : 'count', count, cuts: [cut] });
  }
  return found;
};

const genericWord = once(
  () => new RegExp([notificationWord(), unreadWord(), newItemWord()].map((re) => re.source).join('|'), 'iu'),
);
const parenUnreadForm = once(() => new RegExp(`\\s*\\([^()\\p{Nd}]{0,30}?\\s*(${NUM})\\s*[^()\\p{Nd}]{0,30}\\)`, 'gu'));

/** `(N unread)` anywhere, with the words checked; the cut takes the space before it, or after it at the start. */
function parenUnread(text: string): Found | null {
  for (const m of text.matchAll(parenUnreadForm())) {
    if (!unreadWord().test(m[0])) continue;
    let end = m.index + m[0].length;
    if (m.index === 0) end += /^(?:\s+[-|–—·]\s+|\s+)/.exec(text.slice(end))?.[0].length ?? 0;
    return { kind: 'count', count: parseCount(m[1]!), cuts: [[m.index, end]] };
  }
  return null;
}

/** For sites without a known grammar: only forms that clearly mean unread, never any digits in parentheses. */
export const genericGrammar: Grammar = (text) =>
  merge(
    readPrefix(text, [PAREN_COUNT, BRACKET_COUNT, BULLET_COUNT, DOT_MARKER, PAREN_DOT_MARKER]),
    readSegmentPhrase(text, (s) => phraseCount(s, genericWord())) ?? parenUnread(text),
  );

const parenCount = leading(PAREN_COUNT);

// One export per catalog app, named `<app id in camelCase>Grammar`: each watched app's guard
// (entrypoints/guard/apps/, scripts/guard-entries.ts) imports only its own, so the others stay out
// of its bundle. Zoho has no title evidence and uses the generic grammar.
export const googleChatGrammar = parenCount;
export const outlookGrammar = parenCount; // Outlook shows no count; wrappers and userscripts inject `(N) `
export const teamsGrammar = parenCount;
export const discordGrammar = leading(PAREN_COUNT, DOT_MARKER);
export const whatsappGrammar = leading(PAREN_COUNT, DOT_MARKER);
export const telegramKGrammar = telegram;
export const telegramAGrammar = telegram;
export const mattermostGrammar = leading(PAREN_COUNT, STAR_MARKER);
export const zulipGrammar = parenCount;
export const protonMailGrammar = parenCount;
export const fastmailGrammar = leading(BULLET_COUNT);
export const yahooMailGrammar = leading(PAREN_PHRASE);
export const zohoMailGrammar = genericGrammar;
export const zohoCliqGrammar = genericGrammar;

/**
 * Every grammar by app id, for pages that learn theirs at run time (custom sites borrow one) and for
 * the tests. Google Messages has no title evidence and uses the generic one.
 */
export const GRAMMARS: Readonly<Record<string, Grammar>> = {
  gmail: gmailGrammar,
  'google-chat': googleChatGrammar,
  outlook: outlookGrammar,
  teams: teamsGrammar,
  slack: slackGrammar,
  discord: discordGrammar,
  whatsapp: whatsappGrammar,
  'telegram-k': telegramKGrammar,
  'telegram-a': telegramAGrammar,
  messenger: messengerGrammar,
  mattermost: mattermostGrammar,
  rocketchat: rocketchatGrammar,
  zulip: zulipGrammar,
  element: elementGrammar,
  'proton-mail': protonMailGrammar,
  fastmail: fastmailGrammar,
  'yahoo-mail': yahooMailGrammar,
  linkedin: linkedinGrammar,
  'zoho-mail': zohoMailGrammar,
  'zoho-cliq': zohoCliqGrammar,
  skype: parenCount,
  'google-messages': genericGrammar,
};
