/**
 * Grants an optional host permission the way Chromium records an accepted permission prompt: in
 * the profile's Preferences (`extensions.settings.<id>`: granted, active and runtime-granted
 * hosts), written while the browser is closed. Headless Chromium has no way to click the prompt of
 * `chrome.permissions.request`: Playwright declines to support it (microsoft/playwright#32755), the
 * `--apps-gallery-install-auto-confirm-for-tests` switch leaves the request pending, and
 * `developerPrivate.addHostPermission` from chrome://extensions only re-grants hosts the manifest
 * already requires. The extension under test stays the unmodified build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type PermissionSet = {
  api?: string[];
  explicit_host?: string[];
  scriptable_host?: string[];
  manifest_permissions?: string[];
};
type ExtensionSettings = Record<string, PermissionSet | unknown>;

function withHost(set: PermissionSet | undefined, pattern: string): PermissionSet {
  const next: PermissionSet = { api: [], manifest_permissions: [], explicit_host: [], scriptable_host: [], ...set };
  for (const key of ['explicit_host', 'scriptable_host'] as const)
    if (!next[key]!.includes(pattern)) next[key] = [...next[key]!, pattern];
  return next;
}

/** Adds `pattern` (e.g. `http://127.0.0.1:5000/*`) to the extension's granted hosts. The browser must be closed. */
export function grantHostInProfile(userDataDir: string, extensionId: string, pattern: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, ExtensionSettings> };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Extension ${extensionId} is not in ${file}; launch the browser once first.`);
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions'])
    settings[key] = withHost(settings[key] as PermissionSet | undefined, pattern);
  writeFileSync(file, JSON.stringify(prefs));
}
