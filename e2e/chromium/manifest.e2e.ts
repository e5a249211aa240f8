/**
 * Issue 7, manifest audit of the built extension (static: no browser). It runs with the end-to-end
 * tests because it needs the build (`npm test` builds after the unit tests). No `<all_urls>` or
 * any-host grant, host permissions and content scripts exactly the catalog's watched hosts, only
 * the four API permissions, no remote code, the default CSP.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WATCHED_MATCHES } from '../../utils/apps';

const BUILD = resolve(process.env.E2E_EXTENSION_PATH ?? '.output/chrome-mv3');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; world?: string }[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  background?: { service_worker?: string };
  [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Grants that reach every site (or every site of a scheme). */
const ANY_HOST = /^(<all_urls>|\*:\/\/\*\/.*|https?:\/\/\*\/.*|\*:\/\/\*)$/;
const sorted = (list: readonly string[]) => [...new Set(list)].sort();

/** Places where a script could pull code from the web. */
const REMOTE_CODE: [string, RegExp][] = [
  ['importScripts of a URL', /importScripts\s*\(\s*[^)]*https?:/],
  ['dynamic import of a URL', /\bimport\s*\(\s*["'`]https?:/],
  ['static import of a URL', /\bfrom\s*["'`]https?:/],
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['script element with a URL', /\.src\s*=\s*["'`]https?:[^"'`]*\.m?js/],
];

describe('manifest audit of the built extension', () => {
  it('is Manifest V3 with exactly storage, alarms, notifications, scripting and idle', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.permissions ?? [])).toEqual(
      sorted(['storage', 'alarms', 'notifications', 'scripting', 'idle']),
    );
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for the catalog hosts only: no <all_urls>, no any-host pattern', () => {
    const hosts = manifest.host_permissions ?? [];
    expect(hosts.filter((p) => ANY_HOST.test(p))).toEqual([]);
    expect(sorted(hosts)).toEqual(sorted(WATCHED_MATCHES));
    // Custom sites are asked for one origin at a time, at the moment they are added.
    for (const p of manifest.optional_host_permissions ?? []) expect(p).toMatch(/^https?:\/\/\*\/\*$/);
  });

  it('runs content scripts on the catalog hosts only', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.matches.filter((p) => ANY_HOST.test(p))).toEqual([]);
      for (const p of script.matches) expect(WATCHED_MATCHES).toContain(p);
    }
    // The relay covers every catalog host; each app's guard covers its own, and together all of them.
    expect(sorted(scripts.filter((s) => s.world !== 'MAIN').flatMap((s) => s.matches))).toEqual(
      sorted(WATCHED_MATCHES),
    );
    expect(sorted(scripts.filter((s) => s.world === 'MAIN').flatMap((s) => s.matches))).toEqual(
      sorted(WATCHED_MATCHES),
    );
  });

  it('keeps the default CSP and opens no door to web pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('ships no remote code: every script is a packaged file, none loads or evaluates code from the web', () => {
    const files = filesUnder(BUILD);
    const js = files.filter((f) => /\.m?js$/.test(f));
    expect(js.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of js) {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of REMOTE_CODE) if (pattern.test(text)) found.push(`${what} in ${file}`);
    }
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        const src = /\bsrc=["']?([^"' >]+)/.exec(tag)?.[1];
        if (!src) found.push(`inline script in ${file}`);
        else if (/^(https?:)?\/\//.test(src)) found.push(`remote script ${src} in ${file}`);
      }
      for (const tag of html.match(/<link\b[^>]*>/g) ?? [])
        if (/href=["']?(https?:)?\/\//.test(tag)) found.push(`remote link in ${file}: ${tag}`);
    }
    const referenced = [
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((s) => s.js ?? []),
    ].filter((f): f is string => typeof f === 'string');
    for (const f of referenced) {
      expect(f).not.toMatch(/^(https?:)?\/\//);
      expect(files).toContain(join(BUILD, f));
    }
    expect(found).toEqual([]);
  });
});
