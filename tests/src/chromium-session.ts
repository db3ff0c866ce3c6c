import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { removeDataDir, startProduct, type RunningProduct } from './product';
import { freshTotpCode } from './totp';

export const DEMO_PASSWORD = 'Demo-password-1';

/**
 * The started product and a Chromium for a browser test file: started before its tests, stopped after.
 * `signIn` opens a browser context of its own (a separate person) and signs in there.
 */
export function productInChromium() {
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await product?.stop();
    if (product) removeDataDir(product.dataDir);
  });

  return {
    get product(): RunningProduct {
      if (!product) throw new Error('the product is not started yet');
      return product;
    },
    /** A page in a browser context of its own (a separate person or device), not signed in. */
    async newPage(): Promise<Page> {
      if (!browser) throw new Error('the browser is not started yet');
      const context = await browser.newContext({ locale: 'en-GB' });
      contexts.push(context);
      return context.newPage();
    },
    async signIn(email: string, name: string, password = DEMO_PASSWORD): Promise<Page> {
      if (!browser || !product) throw new Error('the browser is not started yet');
      const context = await browser.newContext({ locale: 'en-GB' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${product.url}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await completeSecondStep(page, email);
      await page.getByRole('heading', { name: `Welcome, ${name}` }).waitFor();
      return page;
    },
  };
}

/**
 * After the password: the demo admin and coordinator are asked for their authenticator app's code (the
 * README's demo secret); other accounts go straight in.
 */
export async function completeSecondStep(page: Page, email: string): Promise<void> {
  const code = page.getByLabel('Code from your authenticator app');
  const welcome = page.getByRole('heading', { name: /^Welcome, / });
  await code.or(welcome).first().waitFor();
  if (!(await code.isVisible())) return;
  await code.fill(await freshTotpCode(email));
  await page.getByRole('button', { name: 'Verify' }).click();
}
