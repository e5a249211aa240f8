/**
 * A JSX runtime that builds real DOM nodes, for the toolbar popup only (issue 12: the popup's whole
 * script must stay under 8 KB gz, and Preact alone is 6.5 KB of it). A file opts in with the pragma
 * `/** @jsxImportSource @/components/popup/jsx *\/`; options and report keep Preact. There is no
 * virtual DOM: the popup draws its whole tree from one state object and `patch` (./patch.ts) carries
 * the differences into the live page, so focus, typed values and live regions stay where they are.
 */

/** What may stand in JSX as a child: nodes, text, and the falsy values `cond && <x />` leaves. */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[];

type Handler<E> = (event: Event & { currentTarget: E }) => void;

/**
 * Attributes as written in HTML (`class`, `for`, `aria-*`, `data-*`), plus the event handlers the
 * popup uses. `value` is set as the property, so what a person has typed is what the state holds.
 */
export type Attributes<E extends Element = HTMLElement> = {
  children?: Child;
  key?: string | number;
  onClick?: Handler<E>;
  onInput?: Handler<E>;
  onSubmit?: Handler<E>;
  onPaste?: Handler<E>;
  [attribute: string]: unknown;
};

/** The handler properties the runtime sets and `patch` carries over (the `onX` props, lower-cased). */
export const HANDLERS = ['onclick', 'oninput', 'onsubmit', 'onpaste'] as const;

type Component<P> = (props: P) => Node | null;

/** Appends children, flattening arrays and skipping false, null and undefined. */
function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

function element(tag: string, props: Attributes): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key' || value === undefined || value === null) continue;
    if (name === 'value') (el as HTMLInputElement).value = String(value);
    else if (/^on[A-Z]/.test(name)) (el as unknown as Record<string, unknown>)[name.toLowerCase()] = value;
    // ARIA states are the strings "true"/"false"; other booleans are present or absent (as in HTML).
    else if (typeof value === 'boolean' && !name.startsWith('aria-')) {
      if (value) el.setAttribute(name, '');
    } else el.setAttribute(name, String(value));
  }
  append(el, props.children as Child);
  return el;
}

/** The automatic runtime's entry: a tag name makes an element, a function is called with its props. */
export function jsx<P>(type: string | Component<P>, props: P & { children?: Child }): Node {
  if (typeof type === 'function') return type(props) ?? document.createDocumentFragment();
  return element(type, props as Attributes);
}

export const jsxs = jsx;

/** `<>…</>`: the children, in a fragment that dissolves when appended. */
export function Fragment(props: { children?: Child }): Node {
  const fragment = document.createDocumentFragment();
  append(fragment, props.children);
  return fragment;
}

export namespace JSX {
  export type Element = Node;
  export type ElementType = string | Component<never>;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export type IntrinsicElements = {
    [K in keyof HTMLElementTagNameMap]: Attributes<HTMLElementTagNameMap[K]>;
  };
}
