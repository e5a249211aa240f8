/**
 * The guard of custom sites (the sites the person adds, registered at run time by
 * entrypoints/background/custom-sites.ts). A custom site may borrow any catalog app's title
 * grammar, chosen in the options and sent by the relay with the focus state, so this guard carries
 * every grammar; catalog apps each get their own lighter guard (entrypoints/guard/apps/).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GRAMMARS, genericGrammar } from '@/utils/title-grammars';
import { baseTitleRule } from './base-title';
import { startGuard } from './start';

export default defineUnlistedScript(() =>
  startGuard(
    { id: `custom:${topOrigin()}`, name: '', blinks: false, grammar: genericGrammar },
    {
      // Object.hasOwn keeps names such as `constructor` from reaching the prototype.
      borrow: (name) => (name !== null && Object.hasOwn(GRAMMARS, name) ? GRAMMARS[name]! : null),
      baseTitle: baseTitleRule,
    },
  ),
);

/** The site a frame belongs to: an about:blank or srcdoc frame has no origin of its own. */
function topOrigin(): string {
  try {
    return window.top?.location.origin ?? location.origin;
  } catch {
    return location.origin; // a cross-origin top: the frame's own origin
  }
}
