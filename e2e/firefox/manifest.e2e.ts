/**
 * The Firefox build's manifest, as AMO and Firefox read it (static: no browser start): a stable
 * add-on id, the data-collection declaration, and a minimum version no newer than the Firefox the
 * suite runs in and no older than the first Firefox that understands the declaration.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, FIREFOX_PATH } from './firefox';

interface GeckoSettings {
  id?: string;
  strict_min_version?: string;
  data_collection_permissions?: { required?: string[]; optional?: string[] };
}

function manifest(): { browser_specific_settings?: { gecko?: GeckoSettings; gecko_android?: GeckoSettings } } {
  const path = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: npx wxt build -b firefox --mv3`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const major = (version: string) => Number(version.split('.')[0]);

describe('the Firefox manifest', () => {
  it('keeps its add-on id and declares that nothing is collected', () => {
    const gecko = manifest().browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('heads-down@headsdown.app');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for no newer Firefox than the suite runs in, and one that knows data_collection_permissions', () => {
    const settings = manifest().browser_specific_settings;
    const min = major(settings?.gecko?.strict_min_version ?? '0');
    const tested = execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).match(/(\d+)\.\d+/)?.[1];
    // Installable in the Firefox under test (ESR 140 on this machine, which is what 140.0 was set from).
    expect(min).toBeLessThanOrEqual(Number(tested));
    // Firefox reads data_collection_permissions from 140 on desktop and 142 on Android.
    expect(min).toBeGreaterThanOrEqual(140);
    expect(major(settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });
});
