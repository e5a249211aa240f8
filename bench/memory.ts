/**
 * Whole-browser memory the extension adds while the browser sits idle with its worker asleep.
 *
 * Each group is five plain Chromium processes launched together; the two that count are A, the
 * extension's first run on a fresh profile, and B, no extension (the reference). Nothing is attached
 * to a worker (see devtools-pipe.ts), so Chromium stops it about 30 s after its last event. A's first
 * run opens the welcome tab (`runtime.onInstalled`); the bench closes it, as a person would, waits
 * until the worker target is gone and 5 s more, and reads every browser at the same moment. The
 * launch and reading order rotate between groups; the figure is median(A) − median(B). The other
 * three say where the memory goes: the extension relaunched on an installed profile (no welcome tab),
 * the same with a one-line extension page opened and closed (what any closed tab leaves), and an
 * empty MV3 extension (what Chromium spends on any extension).
 *
 * What is summed, over every process of the browser (the browser process and all its descendants:
 * zygotes, renderers, GPU and utility processes), from /proc/<pid>/smaps_rollup:
 * Pss_Anon + Pss_Shmem + SwapPss. Pss rather than RSS because Chromium's processes share most of
 * their pages (zygote-forked copy-on-write pages, shared-memory buffers between the browser and
 * renderers): RSS counts a shared page once per process, so a process that adds a few private MB
 * would be charged for every page it merely shares. Pss divides each page among its sharers, so the
 * sum over the browser counts each page once. File-backed pages (Pss_File: the Chromium binary and
 * libraries) are left out of the figure because they are page cache shared with every other
 * Chromium on the machine, so a browser's share of them depends on what else runs; they are kept in
 * the detail, with RSS and Chrome's own "private memory footprint" (RssAnon + VmSwap).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLANK_PAGE } from './browsers';
import { launchPlain, type PlainBrowser, sleep } from './devtools-pipe';
import { median, round } from './measure';

/** Memory of one process, in kB as the kernel reports it. */
interface ProcessMemory {
  pid: number;
  /** Chromium's `--type=` (renderer, gpu-process, utility, zygote…), "browser" for the browser process. */
  type: string;
  /** A renderer Chromium started for an extension (`--extension-process`). */
  extensionProcess: boolean;
  pssAnonKb: number;
  pssShmemKb: number;
  pssFileKb: number;
  swapPssKb: number;
  rssKb: number;
  /** Chrome's "private memory footprint" on Linux: RssAnon + VmSwap from /proc/<pid>/status. */
  privateFootprintKb: number;
}

const kb = (text: string, field: string) => Number(text.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);

/** The pids of `root` and every process below it, from the parent pid in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function processMemory(pid: number): ProcessMemory | null {
  try {
    // Zygote-forked processes rewrite their command line as one space-separated string.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      pid,
      type: args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? 'browser',
      extensionProcess: args.includes('--extension-process'),
      pssAnonKb: kb(rollup, 'Pss_Anon'),
      pssShmemKb: kb(rollup, 'Pss_Shmem'),
      pssFileKb: kb(rollup, 'Pss_File'),
      swapPssKb: kb(rollup, 'SwapPss'),
      rssKb: kb(rollup, 'Rss'),
      privateFootprintKb: kb(status, 'RssAnon') + kb(status, 'VmSwap'),
    };
  } catch {
    return null; // ended while we looked
  }
}

/** One reading of a whole browser: the figure's sum in MB, the side sums, and the processes by type. */
export function browserMemory(rootPid: number) {
  const procs = processTree(rootPid)
    .map(processMemory)
    .filter((p): p is ProcessMemory => p !== null);
  const sum = (f: (p: ProcessMemory) => number) => round(procs.reduce((s, p) => s + f(p), 0) / 1024, 2);
  const byType: Record<string, { count: number; mb: number }> = {};
  for (const p of procs) {
    const key = p.extensionProcess ? 'extension renderer' : p.type;
    const entry = byType[key] ?? { count: 0, mb: 0 };
    byType[key] = entry;
    entry.count++;
    entry.mb = round(entry.mb + (p.pssAnonKb + p.pssShmemKb + p.swapPssKb) / 1024, 2);
  }
  return {
    mb: sum((p) => p.pssAnonKb + p.pssShmemKb + p.swapPssKb),
    pssWithFilesMb: sum((p) => p.pssAnonKb + p.pssShmemKb + p.swapPssKb + p.pssFileKb),
    rssMb: sum((p) => p.rssKb),
    privateFootprintMb: sum((p) => p.privateFootprintKb),
    processes: procs.length,
    byType,
  };
}

export type BrowserMemory = ReturnType<typeof browserMemory>;

const WELCOME = /\/options\.html#welcome$/;

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; !ok(); await sleep(100))
    if (Date.now() > deadline) throw new Error(`memory: ${what} within ${ms / 1000} s`);
}

/** Waits for the browser's extension worker to start, then to stop, and for no extension target to remain. */
async function workerAsleep(x: PlainBrowser) {
  await until('the worker did not start', () => x.workerStarts.length > 0, 30_000);
  await until('the worker did not go to sleep', () => !x.workerRunning(), 120_000);
  await until('an extension target stayed', () => x.extensionTargets().length === 0, 30_000);
  return Date.now();
}

/**
 * Brings a first run to rest: waits for the welcome tab and reads memory with it open, closes it (as
 * a person would), and waits for the worker to sleep.
 */
async function firstRunAtRest(a: PlainBrowser) {
  await until('the worker did not start', () => a.workerStarts.length > 0, 30_000);
  await until('no welcome tab opened', () => [...a.targets.values()].some((t) => WELCOME.test(t.url)), 30_000);
  const welcome = [...a.targets.values()].find((t) => WELCOME.test(t.url))!;
  // Let the welcome page finish drawing before the reading with it open.
  await sleep(3000);
  const withWelcomeOpen = browserMemory(a.child.pid!);
  await a.cdp.send('Target.closeTarget', { targetId: welcome.targetId });
  const closedAt = Date.now();
  const asleepAt = await workerAsleep(a);
  return { withWelcomeOpen, closedToAsleepMs: asleepAt - closedAt };
}

/** A minimal MV3 extension (a manifest and an empty worker): what Chromium spends on any extension. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'heads-down-bench-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } }),
  );
  writeFileSync(join(dir, 'sw.js'), '// nothing\n');
  return dir;
}

/** A profile where the extension is already installed (its first run done, welcome tab never closed by hand). */
export async function installedProfile(extPath: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'heads-down-bench-installed-'));
  const x = await launchPlain(extPath, dir);
  try {
    await until('no welcome tab opened', () => [...x.targets.values()].some((t) => WELCOME.test(t.url)), 30_000);
    await sleep(1000); // the install handler's writes are done before it opens the tab; let them land
  } finally {
    await x.close();
  }
  return dir;
}

/**
 * What a running worker costs: a browser with the extension but none of its pages open (relaunched,
 * or the empty extension) and the one without, read together 3 s after the worker started (null if
 * it stopped by then).
 */
async function workerAwake(relaunched: PlainBrowser, none: PlainBrowser) {
  await until('the worker did not start', () => relaunched.workerStarts.length > 0, 30_000);
  await sleep(3000);
  if (!relaunched.workerRunning()) return null;
  return browserMemory(relaunched.child.pid!).mb - browserMemory(none.child.pid!).mb;
}

/**
 * The control for the welcome tab: on an installed profile, a one-line extension page opened for as
 * long as the welcome tab is (3 s) and closed, then the worker left to sleep. What it leaves behind is
 * what Chromium keeps of any tab a person opens and closes.
 */
async function blankTabAtRest(x: PlainBrowser) {
  await until('the worker did not start', () => x.workerStarts.length > 0, 30_000);
  const { targetId } = await x.cdp.send<{ targetId: string }>('Target.createTarget', {
    url: `${x.extensionOrigin()}/${BLANK_PAGE}`,
  });
  await sleep(3000);
  await x.cdp.send('Target.closeTarget', { targetId });
  return workerAsleep(x);
}

type Variant = 'with' | 'relaunched' | 'relaunchedBlankTab' | 'emptyExtension' | 'none';
const VARIANTS: Variant[] = ['with', 'none', 'relaunched', 'emptyExtension', 'relaunchedBlankTab'];
const WITH_WORKER: Variant[] = ['with', 'relaunched', 'relaunchedBlankTab', 'emptyExtension'];

/**
 * One group: the five browsers launched together (in an order rotated by `turn`), each brought to
 * rest, then read together (same order) `settleMs` after the last worker went to sleep.
 */
async function measureGroup(extPath: string, emptyPath: string, installed: string, turn: number, settleMs: number) {
  const order = VARIANTS.map((_, i) => VARIANTS[(i + turn) % VARIANTS.length]!);
  const profiles = [0, 1].map(() => {
    const dir = mkdtempSync(join(tmpdir(), 'heads-down-bench-relaunch-'));
    cpSync(installed, dir, { recursive: true });
    return dir;
  });
  const browsers = new Map<Variant, PlainBrowser>();
  try {
    for (const v of order) {
      if (v === 'with') browsers.set(v, await launchPlain(extPath));
      if (v === 'relaunched') browsers.set(v, await launchPlain(extPath, profiles[0]));
      if (v === 'relaunchedBlankTab') browsers.set(v, await launchPlain(extPath, profiles[1]));
      if (v === 'emptyExtension') browsers.set(v, await launchPlain(emptyPath));
      if (v === 'none') browsers.set(v, await launchPlain(null));
    }
    const [first, awake, emptyAwake] = await Promise.all([
      firstRunAtRest(browsers.get('with')!),
      workerAwake(browsers.get('relaunched')!, browsers.get('none')!),
      workerAwake(browsers.get('emptyExtension')!, browsers.get('none')!),
      workerAsleep(browsers.get('relaunched')!),
      workerAsleep(browsers.get('emptyExtension')!),
      blankTabAtRest(browsers.get('relaunchedBlankTab')!),
    ]);
    await sleep(settleMs);
    for (const v of WITH_WORKER)
      if (browsers.get(v)!.workerRunning()) throw new Error(`memory: the worker of "${v}" woke up before the reading`);
    const read = new Map(order.map((v) => [v, browserMemory(browsers.get(v)!.child.pid!)]));
    return {
      read: (v: Variant) => read.get(v)!,
      awake,
      emptyAwake,
      ...first,
      workerStarts: browsers.get('with')!.workerStarts.length,
      product: browsers.get('with')!.product,
    };
  } finally {
    for (const b of browsers.values()) await b.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `groups` groups of five browsers (see the top of the file), rotating which starts and is read
 * first. The figure is median(with) − median(none); the others say what the welcome tab leaves
 * behind, what any closed tab leaves, what a running worker costs and what any extension costs.
 */
export async function idleMemoryAdded(extPath: string, groups: number, settleMs = 5000) {
  const emptyPath = emptyExtension();
  const installed = await installedProfile(extPath);
  const samples: Awaited<ReturnType<typeof measureGroup>>[] = [];
  try {
    for (let i = 0; i < groups; i++) samples.push(await measureGroup(extPath, emptyPath, installed, i, settleMs));
  } finally {
    rmSync(emptyPath, { recursive: true, force: true });
    rmSync(installed, { recursive: true, force: true });
  }
  const medianOf = (f: (s: (typeof samples)[number]) => number) => round(median(samples.map(f)), 2);
  const mb = (v: Variant, k: 'mb' | 'pssWithFilesMb' | 'rssMb' | 'privateFootprintMb' = 'mb') =>
    medianOf((s) => s.read(v)[k]);
  const added = (v: Variant, k?: 'mb' | 'pssWithFilesMb' | 'rssMb' | 'privateFootprintMb') =>
    round(mb(v, k) - mb('none', k), 1);
  const last = samples.at(-1)!;
  const awakeMedian = (xs: Array<number | null>) => {
    const known = xs.filter((x): x is number => x !== null);
    return known.length > 0 ? round(median(known), 1) : null;
  };
  return {
    value: added('with'),
    detail: {
      groups,
      sum: 'Pss_Anon + Pss_Shmem + SwapPss over every process of the browser (smaps_rollup)',
      medianWithMb: mb('with'),
      medianWithoutMb: mb('none'),
      samplesWithMb: samples.map((s) => s.read('with').mb),
      samplesWithoutMb: samples.map((s) => s.read('none').mb),
      addedRelaunchedNoWelcomeMb: added('relaunched'),
      welcomeTabLeftAfterClosingMb: round(mb('with') - mb('relaunched'), 1),
      anyTabLeftAfterClosingMb: round(mb('relaunchedBlankTab') - mb('relaunched'), 1),
      addedEmptyExtensionMb: added('emptyExtension'),
      addedWhileWorkerRunsMb: awakeMedian(samples.map((s) => s.awake)),
      addedWhileEmptyWorkerRunsMb: awakeMedian(samples.map((s) => s.emptyAwake)),
      addedWithWelcomeTabOpenMb: round(medianOf((s) => s.withWelcomeOpen.mb) - mb('none'), 1),
      addedIncludingFilePagesMb: added('with', 'pssWithFilesMb'),
      addedRssMb: added('with', 'rssMb'),
      addedPrivateFootprintMb: added('with', 'privateFootprintMb'),
      settleAfterWorkerStopMs: settleMs,
      medianWelcomeClosedToWorkerAsleepMs: medianOf((s) => s.closedToAsleepMs),
      processesWith: last.read('with').byType,
      processesWithout: last.read('none').byType,
      processesRelaunched: last.read('relaunched').byType,
      processesEmptyExtension: last.read('emptyExtension').byType,
      processesBlankTabClosed: last.read('relaunchedBlankTab').byType,
      processesWithWelcomeOpen: last.withWelcomeOpen.byType,
    },
    browser: samples[0]!.product,
  };
}
