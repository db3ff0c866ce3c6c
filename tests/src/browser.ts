import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (which cannot download a browser here). The flags keep it
 * off the network: this machine refuses outside connections, and Chromium would otherwise try many.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
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

/**
 * Waits until the document's title holds `text`. The router draws a new address in a transition and the page
 * sets its title in an effect after that, so the title can lag both the address and the heading.
 */
export async function waitForTitle(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.title.includes(expected), text);
}
