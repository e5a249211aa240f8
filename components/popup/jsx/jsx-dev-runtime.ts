/** The development entry of the popup's JSX runtime (vitest and `wxt dev` ask for it): the same builder. */
import { type Child, jsx } from './jsx-runtime';

export { Fragment, type JSX } from './jsx-runtime';

export function jsxDEV<P>(type: Parameters<typeof jsx<P>>[0], props: P & { children?: Child }): Node {
  return jsx(type, props);
}
