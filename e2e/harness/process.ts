/** Finding the Chromium browser process of a profile, for hard kills. */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Pids of the browser process(es) started with `--user-data-dir=<userDataDir>`. Child processes
 * (renderers, GPU, utility) carry `--type=…` and are skipped: they die with the browser.
 * `context.browser()` is null for persistent contexts, so /proc is the way in.
 */
export function browserPids(userDataDir: string): number[] {
  const flag = `--user-data-dir=${userDataDir}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    if (args.includes(flag) && !args.some((a) => a.startsWith('--type='))) pids.push(Number(entry));
  }
  return pids;
}
