/**
 * The Chromium the browser tests drive through playwright-core (which downloads no browser):
 * Debian's /usr/bin/chromium, or YIBAO_CHROMIUM. `npm test` makes sure it exists first
 * (test/support/ensureChromium.mjs). The flags keep it off hosts this network refuses (toolchain pitfall 8).
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.YIBAO_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
