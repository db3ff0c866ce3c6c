import type { Locator, Page } from 'playwright-core';
import { waitForTitle } from '../src/browser';
import { productInChromium } from '../src/chromium-session';

/** The demo resources and thread this test searches for (seeds/src/resources-content.ts and groups.ts). */
const DANISH_GUIDE = 'Demo: Første kontakt på en anonym hjælpelinje: samtaleguide';
const GROUP_TEMPLATE = 'Demo: Case consultation template';

/** Whether the element has the keyboard focus. */
const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** The results page's count, once the search has answered ("3 results for “…”", or "0 results for …"). */
async function waitForResults(page: Page, q: string): Promise<number> {
  // While a narrower search loads, the previous results stay on screen, marked busy.
  await page.locator('.search-layout:not([aria-busy])').waitFor();
  const total = page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: `for “${q}”` });
  await total.waitFor();
  const match = /^(\d+) results? for/.exec((await total.textContent()) ?? '');
  if (!match?.[1]) throw new Error(`no total on the results page: ${await total.textContent()}`);
  return Number(match[1]);
}

/**
 * The search box of the header and the results page: a member finds a Danish resource by another inflection
 * of its words, moving through the suggestions and the results with the keyboard and narrowing by a facet;
 * a resource shared with one group is found by its members and not by a visitor.
 */
describe('search, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('a member searches in Danish with the keyboard, opens the results and narrows them by a facet', async () => {
    const member = await signIn('practitioner@example.org', 'Demo practitioner');
    const box = member.getByRole('combobox', { name: 'Search', exact: true });
    const suggestions = member.getByRole('listbox', { name: 'Suggestions' });

    // `/` focuses the box from anywhere on the page that is not a field.
    await member.getByRole('main').focus();
    await member.keyboard.press('/');
    await expect(isFocused(box)).resolves.toBe(true);

    // "hjælpelinjerne" (the helplines) is in none of the demo texts, which say "hjælpelinje" and
    // "hjælpelinjens": the Danish stemmer makes all three "hjælpelinj".
    await box.pressSequentially('hjælpelinjerne', { delay: 15 });
    const guide = suggestions.getByRole('option').filter({ hasText: DANISH_GUIDE });
    await guide.waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    // Each suggestion says what kind of thing it is.
    await guide.getByText('Resource', { exact: true }).waitFor();
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeNull();

    // ArrowDown makes the first option active, ArrowUp wraps round to the last; the box points at it.
    const options = suggestions.getByRole('option');
    const count = await options.count();
    await box.press('ArrowDown');
    const first = options.first();
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await first.getAttribute('id'));
    await box.press('ArrowUp');
    const last = options.nth(count - 1);
    await expect(last.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await last.getAttribute('id'));
    await expect(isFocused(box)).resolves.toBe(true);

    // Escape closes the list; Enter, with no suggestion active, searches for the words.
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(suggestions.isHidden()).resolves.toBe(true);
    await box.press('Enter');
    await member.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'hjælpelinjerne');
    await member.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    await waitForTitle(member, 'Search: hjælpelinjerne');
    const total = await waitForResults(member, 'hjælpelinjerne');
    expect(total).toBeGreaterThanOrEqual(1);

    // The hit: its title links to the resource, with its kind, its language, and the matched words marked.
    const results = member.getByRole('list', { name: 'Search results' });
    const hits = results.locator(':scope > li');
    const hit = hits.filter({ has: member.getByRole('link', { name: DANISH_GUIDE }) });
    await hit.waitFor();
    await hit.getByText('Resource', { exact: true }).waitFor();
    await hit.getByText('Danish', { exact: true }).waitFor();
    const marked = await hit.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^hjælpelinj/);

    // The results page's own field searches again: "helpline" is in texts of several kinds and languages.
    await member.getByRole('searchbox', { name: 'Search for' }).fill('helpline');
    await member.getByRole('searchbox', { name: 'Search for' }).press('Enter');
    await member.waitForURL((url) => url.searchParams.get('q') === 'helpline');
    const broad = await waitForResults(member, 'helpline');
    expect(broad).toBeGreaterThan(2);

    // j moves focus into the results and from hit to hit, k moves back, and the focused hit is outlined.
    const links = results.locator('a[data-search-hit]');
    await member.getByRole('main').focus();
    await member.keyboard.press('j');
    await expect(isFocused(links.first())).resolves.toBe(true);
    await member.keyboard.press('j');
    await expect(isFocused(links.nth(1))).resolves.toBe(true);
    await member.keyboard.press('ArrowDown');
    await expect(isFocused(links.nth(2))).resolves.toBe(true);
    await member.keyboard.press('k');
    await expect(isFocused(links.nth(1))).resolves.toBe(true);
    const outline = await links.nth(1).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    // A facet narrows the results: Danish, with its count, sets the filter in the address, and only Danish
    // hits are left, the guide among them. "Clear filters" lifts it again.
    const facets = member.getByRole('complementary', { name: 'Narrow the results' });
    const danish = facets.getByRole('region', { name: 'Language' }).getByRole('button', { name: /^Danish \d+$/ });
    const danishCount = Number(await danish.locator('.search-facet__count').textContent());
    expect(danishCount).toBeGreaterThan(0);
    expect(danishCount).toBeLessThan(broad);
    await danish.click();
    await member.waitForURL((url) => url.searchParams.get('language') === 'da');
    await facets.locator('button[aria-pressed="true"]').filter({ hasText: 'Danish' }).waitFor();
    await expect(waitForResults(member, 'helpline')).resolves.toBe(danishCount);
    await expect(hits.count()).resolves.toBe(danishCount);
    await hit.waitFor();
    for (const item of await hits.all()) await item.getByText('Danish', { exact: true }).waitFor();
    await facets.getByRole('button', { name: 'Clear filters' }).click();
    await member.waitForURL((url) => !url.searchParams.has('language') && url.searchParams.get('q') === 'helpline');
    // The router renders the new address in a transition, after the address changes: the results shown are
    // the unfiltered ones once no facet is pressed any more.
    await facets.locator('button[aria-pressed="true"]').first().waitFor({ state: 'detached' });
    await expect(waitForResults(member, 'helpline')).resolves.toBe(broad);

    // The resource kind leaves resources only: every hit says so.
    const kindFacet = facets.getByRole('region', { name: 'Kind' });
    await kindFacet.getByRole('button', { name: /^Resource \d+$/ }).click();
    await member.waitForURL((url) => url.searchParams.get('kind') === 'resource');
    await kindFacet.locator('button[aria-pressed="true"]').waitFor();
    const resourcesOnly = await waitForResults(member, 'helpline');
    expect(resourcesOnly).toBeLessThan(broad);
    await expect(hits.count()).resolves.toBe(Math.min(resourcesOnly, 20));
    for (const item of await hits.all()) await item.getByText('Resource', { exact: true }).waitFor();

    // Enter on an active suggestion opens it: "samtaleguiden" (the guide, definite) finds "samtaleguide".
    await box.fill('');
    await box.pressSequentially('samtaleguiden', { delay: 15 });
    await suggestions.getByRole('option').filter({ hasText: DANISH_GUIDE }).waitFor();
    const index = (await suggestions.getByRole('option').allTextContents()).findIndex((text) =>
      text.includes(DANISH_GUIDE),
    );
    for (let step = 0; step <= index; step += 1) await box.press('ArrowDown');
    await box.press('Enter');
    await member.getByRole('heading', { name: DANISH_GUIDE, level: 1 }).waitFor();
    expect(new URL(member.url()).pathname).toMatch(/^\/resources\/[0-9a-f-]{36}$/);
    await expect(box.inputValue()).resolves.toBe('');
  });

  it('a resource shared with one group is found by its members, never by a visitor', async () => {
    const member = await signIn('practitioner@example.org', 'Demo practitioner');
    const browser = member.context().browser();
    if (!browser) throw new Error('no browser');
    const q = 'consultation template';

    // The demo practitioner is a member of the group the template is shared with.
    await member.goto(`${session.product.url}/search?q=${encodeURIComponent(q)}`);
    await waitForResults(member, q);
    await member.getByRole('list', { name: 'Search results' }).getByRole('link', { name: GROUP_TEMPLATE }).waitFor();

    const visitorContext = await browser.newContext({ locale: 'en-GB' });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto(session.product.url);
      const box = visitor.getByRole('combobox', { name: 'Search', exact: true });
      // The suggestions for the whole words, once they have answered, never name the template.
      const suggested = visitor.waitForResponse((response) =>
        response.url().includes('/api/search/suggest?q=consultation+template'),
      );
      await box.pressSequentially(q, { delay: 15 });
      await expect((await suggested).json()).resolves.not.toContainEqual(
        expect.objectContaining({ title: GROUP_TEMPLATE }),
      );
      await expect(visitor.getByRole('option', { name: GROUP_TEMPLATE }).count()).resolves.toBe(0);
      // Enter, with no suggestion active, searches.
      await box.press('Enter');
      await visitor.waitForURL((url) => url.pathname === '/search');
      await waitForResults(visitor, q);
      await expect(visitor.getByRole('link', { name: GROUP_TEMPLATE }).count()).resolves.toBe(0);
      await expect(visitor.getByText(GROUP_TEMPLATE).count()).resolves.toBe(0);
    } finally {
      await visitorContext.close();
    }
  });
});
