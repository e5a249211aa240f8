import { describe, expect, it } from 'vitest';
import {
  type BrowserPackage,
  ensureBrowsers,
  installPlan,
  type Machine,
  type MachineFacts,
} from '../scripts/ensure-browsers.mjs';

const ROOT: MachineFacts = { isRoot: true, hasAptGet: true, hasSudo: false, interactive: false, allowed: true };
const USER: MachineFacts = { isRoot: false, hasAptGet: true, hasSudo: true, interactive: true, allowed: true };

describe('installPlan', () => {
  it('runs apt-get directly as root', () => {
    expect(installPlan(['chromium', 'firefox-esr'], ROOT)).toEqual({
      steps: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'firefox-esr'],
      ],
      manual: 'apt-get update && apt-get install -y chromium firefox-esr',
    });
  });

  it('goes through sudo otherwise, and never lets sudo wait for a password no one can type', () => {
    const sudo = ['sudo', 'DEBIAN_FRONTEND=noninteractive'];
    expect(installPlan(['chromium'], USER).steps).toEqual([
      [...sudo, 'apt-get', 'update', '-qq'],
      [...sudo, 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
    expect(installPlan(['chromium'], { ...USER, interactive: false }).steps[0]?.slice(0, 2)).toEqual(['sudo', '-n']);
    expect(installPlan(['chromium'], USER).manual).toBe('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('plans nothing, only the command to type, when it cannot or may not install', () => {
    for (const facts of [
      { ...USER, hasSudo: false },
      { ...ROOT, hasAptGet: false },
      { ...ROOT, allowed: false },
    ]) {
      expect(installPlan(['firefox-esr'], facts).steps, JSON.stringify(facts)).toEqual([]);
    }
    expect(installPlan(['firefox-esr'], { ...USER, hasSudo: false }).manual).toBe(
      'sudo apt-get update && sudo apt-get install -y firefox-esr',
    );
  });
});

/** A machine where `installed` browsers exist and a successful `apt-get install` adds the ones it names. */
function fakeMachine(facts: MachineFacts, installed: BrowserPackage[], aptWorks = true) {
  const have = new Set(installed);
  const ran: string[][] = [];
  const said: string[] = [];
  const machine: Machine = {
    ...facts,
    isInstalled: (pkg) => have.has(pkg),
    run: (argv) => {
      ran.push(argv);
      if (!aptWorks) return false;
      const at = argv.indexOf('install');
      if (at >= 0) for (const arg of argv.slice(at + 1)) if (!arg.startsWith('-')) have.add(arg as BrowserPackage);
      return true;
    },
    say: (text) => said.push(text),
  };
  return { machine, ran, said };
}

describe('ensureBrowsers', () => {
  it('does nothing when the browsers are there', () => {
    const { machine, ran, said } = fakeMachine(ROOT, ['chromium', 'firefox-esr']);
    expect(ensureBrowsers(['chromium', 'firefox-esr'], machine)).toEqual([]);
    expect(ran).toEqual([]);
    expect(said).toEqual([]);
  });

  it('installs only what is missing', () => {
    const { machine, ran } = fakeMachine(ROOT, ['chromium']);
    expect(ensureBrowsers(['chromium', 'firefox-esr'], machine)).toEqual([]);
    expect(ran.at(-1)).toEqual(['apt-get', 'install', '-y', '-qq', 'firefox-esr']);
  });

  it('reports what is still missing with the exact command when the install fails', () => {
    const { machine, ran, said } = fakeMachine(USER, [], false);
    expect(ensureBrowsers(['chromium', 'firefox-esr'], machine)).toEqual(['chromium', 'firefox-esr']);
    expect(ran).toHaveLength(1); // apt-get update failed: no install attempted
    expect(said.at(-1)).toContain('sudo apt-get update && sudo apt-get install -y chromium firefox-esr');
    expect(said.at(-1)).toContain('/usr/bin/chromium and /usr/bin/firefox-esr are missing');
  });

  it('with HEADS_DOWN_NO_INSTALL=1 only says what to run', () => {
    const { machine, ran, said } = fakeMachine({ ...ROOT, allowed: false }, []);
    expect(ensureBrowsers(['chromium'], machine)).toEqual(['chromium']);
    expect(ran).toEqual([]);
    expect(said.join('\n')).toContain('apt-get update && apt-get install -y chromium');
  });
});
