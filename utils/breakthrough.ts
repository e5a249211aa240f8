/** Breakthrough rules: which notifications reach the person during a block. Pure. */

/** The person's rules; they stay in the extension and never reach a page. */
export interface BreakthroughRules {
  keywords: string[];
  vips: string[];
}

function wholeWordPattern(word: string): RegExp | null {
  const trimmed = word.trim();
  if (!trimmed) return null;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Letters and digits of any script count as word characters, so "urgent" does not match "urgently".
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** True when a keyword appears as a whole word in title or body, or a VIP name appears in the title. */
export function isBreakthrough(rules: BreakthroughRules, title: string, body: string): boolean {
  const text = `${title}\n${body}`;
  for (const keyword of rules.keywords) {
    if (wholeWordPattern(keyword)?.test(text)) return true;
  }
  for (const vip of rules.vips) {
    if (wholeWordPattern(vip)?.test(title)) return true;
  }
  return false;
}
