/** Mounts the popup (entrypoints/popup/App.tsx) into the test document, and takes it down again. */
import { mountPopup } from '@/entrypoints/popup/App';

const mounted: Array<() => void> = [];

/** Mounts the popup as main.ts does; resolves once its first frame is drawn. */
export async function renderPopup(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(await mountPopup(root));
  return root;
}

/** Appends a node drawn by the popup's JSX runtime (a single component) to the document. */
export function renderNode(node: Node): HTMLElement {
  const container = document.createElement('div');
  container.append(node);
  document.body.append(container);
  return container;
}

/** Stops every mounted popup and empties the document. */
export function cleanupPopup(): void {
  for (const stop of mounted.splice(0)) stop();
  document.body.replaceChildren();
}
