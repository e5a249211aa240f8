/**
 * Carries a freshly drawn tree into the live one, node by node in order: text and attributes that
 * differ are rewritten, nodes of another kind are replaced, the rest is left alone. Keeping the
 * live nodes keeps focus, the caret, scroll and the `role="status"` region that screen readers watch
 * (a region must already be in the page for its change to be announced).
 */
import { HANDLERS } from './jsx-runtime';

type Props = Record<string, unknown>;

function patchElement(live: Element, drawn: Element): void {
  for (const { name } of [...live.attributes]) if (!drawn.hasAttribute(name)) live.removeAttribute(name);
  for (const { name, value } of [...drawn.attributes])
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  const from = drawn as unknown as Props;
  const to = live as unknown as Props;
  for (const name of HANDLERS) if (to[name] !== from[name]) to[name] = from[name];
  if (live instanceof HTMLInputElement && live.value !== (drawn as HTMLInputElement).value)
    live.value = (drawn as HTMLInputElement).value;
  patch(live, drawn.childNodes);
}

/** Makes `parent`'s children match `drawn` (which may be consumed: its nodes can move into the page). */
export function patch(parent: Node, drawn: ArrayLike<Node>): void {
  const wanted = Array.from(drawn);
  const live = Array.from(parent.childNodes);
  wanted.forEach((node, i) => {
    const old = live[i];
    if (!old) parent.appendChild(node);
    else if (old.nodeName !== node.nodeName) parent.replaceChild(node, old);
    else if (old instanceof Element) patchElement(old, node as Element);
    else if (old.nodeValue !== node.nodeValue) old.nodeValue = node.nodeValue;
  });
  for (const old of live.slice(wanted.length)) parent.removeChild(old);
}
