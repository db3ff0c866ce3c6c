import { readFileSync } from 'node:fs';
import {
  DEMO_MEETING_IDS,
  DEMO_PRACTICE_IDS,
  DEMO_RESEARCH_QUESTION_IDS,
  DEMO_RESOURCE_IDS,
  DEMO_THREAD_IDS,
} from '@pn/seeds';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../src/browser';
import { completeSecondStep, DEMO_PASSWORD } from '../src/chromium-session';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';

/**
 * Every main page checked by axe-core against WCAG 2.2 A and AA, signed out and signed in, in each interface
 * language, on a desktop screen and on a 390 px phone; on the phone no page may scroll sideways.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');
const LANGUAGES = ['en', 'da', 'sv'] as const;
/** The key the app's language detector reads (frontend/src/i18n: LANGUAGE_STORAGE_KEY). */
const LANGUAGE_STORAGE_KEY = 'pn.language';

const VIEWPORTS = {
  desktop: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} satisfies Record<string, BrowserContextOptions>;
type ViewportName = keyof typeof VIEWPORTS;

const GROUP = '/groups/people-who-fear-they-might-offend';
const THREAD = `/threads/${DEMO_THREAD_IDS[0]}`;
/** A thread with a poll the coordinator made and has not voted in: the vote form, the bars, closing. */
const THREAD_WITH_POLL = `/threads/${DEMO_THREAD_IDS[1]}`;
const RESOURCE = `/resources/${Object.values(DEMO_RESOURCE_IDS)[0]}`;
const PRACTICE = `/practices/${DEMO_PRACTICE_IDS.circles}`;
const SEARCH = '/search?q=helpline';
const MEETING = `/meetings/${DEMO_MEETING_IDS.helplineReview}`;

const PUBLIC_PAGES = [
  '/',
  '/groups',
  '/resources',
  RESOURCE,
  '/practices',
  PRACTICE,
  '/practices/not-rated',
  SEARCH,
  '/evidence/rule',
  '/evidence/gap-map',
  '/evidence/gap-map?group=level',
];
/** A visitor also sees the directory entry of a members-only group, with how to join it. */
const VISITOR_PAGES = [...PUBLIC_PAGES, GROUP, '/login', '/register'];
/** A coordinator: a member of the group and its thread (a visitor is sent to sign in), and a curator. */
const MEMBER_PAGES = [
  ...PUBLIC_PAGES,
  GROUP,
  `${GROUP}/edit`,
  THREAD,
  THREAD_WITH_POLL,
  '/meetings',
  MEETING,
  `${MEETING}/edit`,
  `${GROUP}/meetings/new`,
  '/notifications',
  '/moderation',
  '/profile',
  '/profile/security',
  '/curation',
  '/ratings/queue',
  '/verification',
  '/research-questions',
  '/research-questions/new',
  `/research-questions/${DEMO_RESEARCH_QUESTION_IDS[0]}`,
];
const ADMIN_PAGES = ['/admin/users', '/admin/vetting', '/admin/audit', '/admin/emails'];

interface AxeNode {
  target: unknown[];
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Waits until the page has drawn its heading and nothing in it is still loading. */
async function waitForContent(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1') !== null &&
      document.querySelector('.state--loading, [aria-busy="true"]') === null,
  );
}

/** The headings of the pages that stand in for one the reader may not see: checking those would prove little. */
const STAND_IN_HEADINGS = [
  'Not allowed',
  'Page not found',
  'Ingen adgang',
  'Siden blev ikke fundet',
  'Åtkomst nekad',
  'Sidan hittades inte',
];

/** Fails when the page shown is not the one asked for: a redirect (to sign-in) or a not-found or forbidden page. */
async function expectThePage(page: Page, path: string): Promise<void> {
  const asked = new URL(path, 'http://host').pathname;
  const shown = await page.evaluate(() => ({
    path: location.pathname,
    heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
  }));
  // A practice's address gains its slug; every other page keeps its own.
  if (!shown.path.startsWith(asked) || STAND_IN_HEADINGS.includes(shown.heading)) {
    throw new Error(`${path} showed "${shown.heading}" at ${shown.path}`);
  }
}

/** The problems on the page open now: axe's violations and, on the phone, a page wider than the screen. */
async function problemsOn(page: Page, viewport: ViewportName): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as {
      violations: AxeViolation[];
    };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  }, AXE_TAGS);
  const problems = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `      at ${JSON.stringify(node.target)}`).join('\n'),
  );
  if (viewport === 'phone') {
    // Against the screen's own width: on a phone Chromium zooms out to fit a wider page, and innerWidth grows.
    const screenWidth = VIEWPORTS.phone.viewport.width;
    const widths = await page.evaluate((screen) => {
      const tooWide = [...document.querySelectorAll('body *')].filter(
        (element) => element.getBoundingClientRect().right > screen + 0.5,
      );
      return {
        content: document.documentElement.scrollWidth,
        // The innermost elements that stick out, to say what to fix.
        culprits: tooWide
          .filter((element) => !tooWide.some((other) => other !== element && element.contains(other)))
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
      };
    }, screenWidth);
    if (widths.content > screenWidth) {
      problems.push(
        `horizontal scroll: content ${widths.content} px on a ${screenWidth} px screen, from ${widths.culprits.join(', ')}`,
      );
    }
  }
  return problems;
}

describe('accessibility of the main pages, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinatorState: BrowserContextOptions['storageState'];
  let adminState: BrowserContextOptions['storageState'];

  async function signedInState(email: string): Promise<BrowserContextOptions['storageState']> {
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${product.url}/login`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await completeSecondStep(page, email);
      await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
      return await context.storageState();
    } finally {
      await context.close();
    }
  }

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    coordinatorState = await signedInState('coordinator@example.org');
    adminState = await signedInState('admin@example.org');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await product?.stop();
    if (product) removeDataDir(product.dataDir);
  });

  /**
   * A context for one viewport and language. axe is added by an init script rather than a script tag: the
   * app's Content-Security-Policy refuses inline scripts, and it stays on during the check.
   */
  async function openContext(
    viewport: ViewportName,
    language: string,
    storageState?: BrowserContextOptions['storageState'],
  ): Promise<Page> {
    const context = await browser.newContext({ ...VIEWPORTS[viewport], locale: 'en-GB', storageState });
    contexts.push(context);
    await context.addInitScript(
      ([key, value]) => {
        try {
          localStorage.setItem(key, value);
        } catch {
          // about:blank has no storage
        }
      },
      [LANGUAGE_STORAGE_KEY, language] as const,
    );
    await context.addInitScript({ content: AXE_SOURCE });
    return context.newPage();
  }

  async function checkPages(page: Page, paths: readonly string[], viewport: ViewportName, language: string) {
    const report: string[] = [];
    for (const path of paths) {
      await page.goto(`${product.url}${path}`);
      await waitForContent(page);
      await expectThePage(page, path);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      const problems = await problemsOn(page, viewport);
      if (problems.length > 0) report.push(`${path}:\n  ${problems.join('\n  ')}`);
    }
    if (report.length > 0) {
      throw new Error(`WCAG 2.2 A/AA problems (${viewport}, ${language}):\n${report.join('\n')}`);
    }
  }

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const language of LANGUAGES) {
      it(`signed out, ${viewport}, ${language}`, async () => {
        const page = await openContext(viewport, language);
        await checkPages(page, VISITOR_PAGES, viewport, language);
        await page.context().close();
      });

      it(`signed in, ${viewport}, ${language}`, async () => {
        const page = await openContext(viewport, language, coordinatorState);
        await checkPages(page, MEMBER_PAGES, viewport, language);
        await page.context().close();
        const admin = await openContext(viewport, language, adminState);
        await checkPages(admin, ADMIN_PAGES, viewport, language);
        await admin.context().close();
      });
    }
  }

  it('on a phone the header folds behind a menu button that works by touch and by keyboard', async () => {
    const page = await openContext('phone', 'en', coordinatorState);
    await page.goto(`${product.url}/practices`);
    await waitForContent(page);
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const expanded = () => button.getAttribute('aria-expanded');
    const focusInMenu = () =>
      page.evaluate((id) => document.getElementById(id ?? '')?.contains(document.activeElement) ?? false, panelId);
    const panelId = await button.getAttribute('aria-controls');
    expect(panelId).toBeTruthy();

    // Closed, the header is one row: the page's heading shows, not a third of the screen of links.
    await expect(expanded()).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(80);
    // The bell stays in that row, once: a member sees new notifications without opening the menu.
    const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    await expect(bell.count()).resolves.toBe(1);
    await expect(bell.isVisible()).resolves.toBe(true);

    // By touch: a tap opens it with focus on its first link, a tap on a link goes there and closes it.
    await button.tap();
    await expect(expanded()).resolves.toBe('true');
    await nav.waitFor();
    await expect(focusInMenu()).resolves.toBe(true);
    // The search box is in the menu, and says nothing of "press /" on a screen without a keyboard.
    const search = page.getByRole('combobox', { name: 'Search' });
    await expect(search.getAttribute('placeholder')).resolves.toBe('Search');
    await nav.getByRole('link', { name: 'Working groups' }).tap();
    await page.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    await expect(expanded()).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);

    // By keyboard: Enter opens and moves focus in, Tab stays in the menu's links, Escape closes and returns.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(expanded()).resolves.toBe('true');
    await expect(focusInMenu()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focusInMenu()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(expanded()).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe(panelId);
    await page.keyboard.press('Space');
    await expect(expanded()).resolves.toBe('true');
    // Escape in the menu's search box first empties it, then closes the menu.
    await search.fill('zzqxv');
    await page.keyboard.press('Escape');
    await expect(search.inputValue()).resolves.toBe('');
    await expect(expanded()).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(expanded()).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe(panelId);
    await page.context().close();
  });

  it('on a desktop the navigation stays in the header and the search box offers its "/" shortcut', async () => {
    const page = await openContext('desktop', 'en', coordinatorState);
    await page.goto(`${product.url}/practices`);
    await waitForContent(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Working groups' }).waitFor();
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(
      page
        .getByRole('banner')
        .getByRole('link', { name: /^Notifications/ })
        .count(),
    ).resolves.toBe(1);
    const search = page.getByRole('combobox', { name: 'Search' });
    await expect(search.getAttribute('placeholder')).resolves.toBe('Search (press /)');
    await page.context().close();
  });
});
