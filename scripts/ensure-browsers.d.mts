export type BrowserPackage = 'chromium' | 'firefox-esr';
export const BROWSER_PATHS: Record<BrowserPackage, string>;

export interface MachineFacts {
  isRoot: boolean;
  hasAptGet: boolean;
  hasSudo: boolean;
  /** A terminal is attached, so sudo can ask for a password. */
  interactive: boolean;
  /** False when HEADS_DOWN_NO_INSTALL=1: only say what to run. */
  allowed: boolean;
}

export interface Machine extends MachineFacts {
  isInstalled(pkg: BrowserPackage): boolean;
  /** Runs one command; true when it succeeded. */
  run(argv: string[]): boolean;
  say(text: string): void;
}

export function installPlan(packages: BrowserPackage[], facts: MachineFacts): { steps: string[][]; manual: string };
export function thisMachine(): Machine;
export function ensureBrowsers(packages: BrowserPackage[], machine?: Machine): BrowserPackage[];
