import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser';
import { completeSecondStep } from '../src/chromium-session';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';

/** A new professional applies, a coordinator approves them in another browser, they sign in and read in Danish. */
describe('applying, vetting and signing in, in Chromium', () => {
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

  it('register, approve as coordinator, sign in, see the profile, switch to Danish', async () => {
    const applicant = await browser.newContext({ locale: 'en-GB' });
    const page = await applicant.newPage();
    await page.goto(`${product.url}/register`);
    await page.getByLabel('Email').fill('karin.e2e@example.org');
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByLabel('Display name').fill('Karin Applicant');
    await page.getByLabel('Profession').selectOption({ label: 'Social worker' });
    await page.getByLabel('Country').selectOption({ label: 'Denmark' });
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByRole('heading', { name: 'Your application is being reviewed' }).waitFor();

    // The coordinator, in a browser of their own.
    const coordinator = await browser.newContext({ locale: 'en-GB' });
    const review = await coordinator.newPage();
    await review.goto(`${product.url}/login`);
    await review.getByLabel('Email').fill('coordinator@example.org');
    await review.getByLabel('Password').fill('Demo-password-1');
    await review.getByRole('button', { name: 'Sign in', exact: true }).click();
    await completeSecondStep(review, 'coordinator@example.org');
    await review.getByRole('link', { name: 'Applications', exact: true }).click();
    await review.getByRole('heading', { name: 'Applications to review' }).waitFor();
    await review.getByRole('button', { name: 'Approve Karin Applicant' }).click();
    await review.getByText('Karin Applicant has been approved and can now take part.').waitFor();

    // The applicant signs out and in again, now as an active member.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${product.url}/login`);
    await page.getByLabel('Email').fill('karin.e2e@example.org');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Karin Applicant' }).waitFor();

    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('heading', { name: 'My profile' }).waitFor();
    await expect(page.getByLabel('Display name').inputValue()).resolves.toBe('Karin Applicant');
    await page.getByText('karin.e2e@example.org').first().waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption('da');
    await page.getByRole('heading', { name: 'Min profil' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    // The choice is kept across a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Min profil' }).waitFor();

    await applicant.close();
    await coordinator.close();
  });

  it('keeps a pending applicant out of the network and a practitioner out of vetting', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${product.url}/login`);
    await page.getByLabel('Email').fill('practitioner@example.org');
    await page.getByLabel('Password').fill('Demo-password-1');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();
    await page.goto(`${product.url}/admin/vetting`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    await context.close();
  });

  it('picks Swedish from the browser’s language', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${product.url}/login`);
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await context.close();
  });
});
