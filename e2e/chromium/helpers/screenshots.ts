/**
 * Where e2e tests save screenshots: `test-results/screenshots/` (gitignored), never `docs/`. A test
 * run must not rewrite tracked files; `npm run screenshots` (scripts/screenshots.mjs) runs the tests
 * that take these and, only when they pass, copies them into `docs/` for the README.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/**
 * Saves `page` as `<name>.png` in the screenshot folder and returns the file's path. The names are
 * the ones scripts/screenshots.mjs copies into docs/.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}
