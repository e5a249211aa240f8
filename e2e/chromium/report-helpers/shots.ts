/** Screenshots of the report for docs/ (the README shows docs/report.png). */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));

/** Saves the whole page as docs/report-<scheme>.png; the light one is also docs/report.png. */
export async function shoot(page: Page, scheme: 'light' | 'dark'): Promise<string> {
  mkdirSync(DOCS, { recursive: true });
  const file = `${DOCS}report-${scheme}.png`;
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  if (scheme === 'light') copyFileSync(file, `${DOCS}report.png`);
  return file;
}
