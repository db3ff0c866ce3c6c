import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../src/browser';
import { DEMO_PASSWORD } from '../src/chromium-session';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';

/**
 * The built product under its own Content Security Policy: a member signs in, reads practices, previews a
 * PDF, takes part in a live thread over socket.io, and opens the API's Swagger UI, and the browser reports no
 * policy violation, no console complaint about the policy and no uncaught error on the way.
 */
describe('the Content Security Policy, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];
  const policyMessages: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    context = await browser.newContext({ locale: 'en-GB' });
    // Reported from every page and frame the context opens, before any of its own scripts run.
    await context.exposeFunction('pnReportViolation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { pnReportViolation(text: string): void }).pnReportViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) policyMessages.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await product?.stop();
    if (product) removeDataDir(product.dataDir);
  });

  it('sends the policy with the app', async () => {
    const response = await page.goto(`${product.url}/login`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('runs the app with no violation: pages, a PDF preview, a live thread', async () => {
    await page.getByLabel('Email').fill('practitioner@example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();

    // Best practices, and one of them.
    await page.getByRole('link', { name: 'Best practices', exact: true }).click();
    await page.getByRole('heading', { name: 'Best practices', level: 1 }).waitFor();
    const api = page.context().request;
    const practices = (await (await api.get(`${product.url}/api/practices?limit=1`)).json()) as {
      items: Array<{ id: string; title: string }>;
    };
    const practice = practices.items[0]!;
    await page.goto(`${product.url}/practices/${practice.id}`);
    await page.getByRole('heading', { name: practice.title, level: 1 }).waitFor();

    // A resource whose PDF is previewed in the page.
    const resources = (await (await api.get(`${product.url}/api/resources?limit=100`)).json()) as {
      items: Array<{ id: string; file: { mediaType: string } | null }>;
    };
    const pdf = resources.items.find((resource) => resource.file?.mediaType === 'application/pdf');
    expect(pdf).toBeDefined();
    await page.goto(`${product.url}/resources/${pdf!.id}`);
    await page.locator('object.resource-preview--pdf').waitFor();
    await page.waitForLoadState('networkidle');

    // A thread of a group, live over socket.io.
    await page.getByRole('link', { name: 'Working groups', exact: true }).click();
    await page.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    await page.locator('a[href="/groups/health-professionals"]').first().click();
    await page.getByRole('heading', { name: 'Your membership' }).waitFor();
    const join = page.getByRole('button', { name: 'Join group' });
    if (await join.isVisible()) await join.click();
    await page.getByText(/^You (are a member of|coordinate) this group since /).waitFor();
    const title = `Under the policy ${Date.now()}`;
    await page.getByRole('button', { name: 'Start a thread' }).click();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Message', { exact: true }).fill('Does everything still load?');
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Live: new messages appear as they are sent.').waitFor();
    const composer = page.getByLabel('Your message');
    await composer.fill('It does.');
    await composer.press('Enter');
    await page.getByRole('region', { name: 'Messages' }).getByText('It does.').waitFor();

    expect({ violations, policyMessages, pageErrors }).toEqual({ violations: [], policyMessages: [], pageErrors: [] });
  });

  it('shows the Swagger UI of the API under its own policy, with no violation', async () => {
    const response = await page.goto(`${product.url}/api/docs`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    await page.locator('.swagger-ui .info').getByText('Prevention Network API').waitFor();
    await page.locator('.opblock-tag', { hasText: 'resources' }).first().waitFor();
    expect({ violations, policyMessages, pageErrors }).toEqual({ violations: [], policyMessages: [], pageErrors: [] });
  });
});
