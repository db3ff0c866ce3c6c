import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';

interface CaughtEmail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
}

/** The product's own mail catcher, whose inbox URL the start printed. */
function inboxOf(product: RunningProduct): string {
  const match = /read it at (http:\/\/127\.0\.0\.1:\d+)\//.exec(product.output());
  if (!match) throw new Error(`no mail catcher in the output:\n${product.output()}`);
  return match[1]!;
}

/** Waits for an email to `address` in MailDev's REST API (a bound that only stops a hang). */
async function waitForEmail(inbox: string, address: string, subject: RegExp): Promise<CaughtEmail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    // MailDev's own API, not the product's: nothing of our document to check it against.
    const emails = (await (await fetch(`${inbox}/api/email`)).json()) as CaughtEmail[];
    const found = emails.find((email) => email.to.some((to) => to.address === address) && subject.test(email.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email "${subject}" to ${address}; inbox: ${JSON.stringify(emails)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Forgot password, in Chromium, with the email read from the mail catcher that `npm start` runs. */
describe('a forgotten password, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    if (product) removeDataDir(product.dataDir);
  });

  it('prints the mail catcher inbox beside the app', () => {
    expect(product.output()).toContain(`open ${product.url}`);
    expect(product.output()).toMatch(/Email goes to the local mail catcher: read it at http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('forgot password, the emailed link, a new password, signed in with it', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${product.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill('practitioner@example.org');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('If an account has the address practitioner@example.org').waitFor();

    const email = await waitForEmail(inboxOf(product), 'practitioner@example.org', /Reset your password/);
    const link = /(http:\/\/localhost:\d+\/reset-password\?token=[A-Za-z0-9_.-]+)/.exec(email.text)?.[1];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('A brand new password 7');
    await page.getByLabel('New password again').fill('Not the same one');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('The two passwords differ.').first().waitFor();
    await page.getByLabel('New password again').fill('A brand new password 7');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your new password is set').waitFor();

    await page.getByLabel('Email').fill('practitioner@example.org');
    await page.getByLabel('Password').fill('A brand new password 7');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();

    // The member is told that their password changed.
    await waitForEmail(inboxOf(product), 'practitioner@example.org', /password .* was changed/);
    // The same link again is refused.
    await page.goto(link!);
    await page.getByLabel('New password', { exact: true }).fill('Yet another password 8');
    await page.getByLabel('New password again').fill('Yet another password 8');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This link is not valid any more').waitFor();
    await context.close();
  });
});
