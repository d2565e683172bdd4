import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/**
 * Whether the end-to-end tests can run here. On CI a missing browser is an error; elsewhere the
 * tests are skipped, loudly, with how to install it.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  const message =
    'No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium): the end-to-end tests of the explorer need it. ' +
    'Install it with: sudo apt-get install chromium';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING the end-to-end tests. ${message} ***\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
