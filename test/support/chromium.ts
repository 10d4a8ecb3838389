/**
 * The system Chromium for the browser tests, never a downloaded one: nothing is installed
 * at run time. CI installs it (.ci/run); elsewhere a browser test skips and says so.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const executablePath = '/usr/bin/chromium';

/** Whether the system Chromium is there; warns once per test file when it is not. */
export function hasChromium(file: string): boolean {
  const found = existsSync(executablePath);
  if (!found) console.warn(`${file}: skipped, ${executablePath} not found (apt-get install chromium to run it)`);
  return found;
}

/** Starts headless Chromium with nothing that talks to the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
