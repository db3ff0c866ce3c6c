import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The demo ids these tests meet (seeds/src/accounts.ts and resources-content.ts). */
const COORDINATOR_ID = '00000000-0000-4000-8000-000000000002';
const HELPLINE_GUIDE_SV = '00000000-0000-4000-8000-000000000303';
const HELPLINE_GUIDE_DA = '00000000-0000-4000-8000-000000000302';
const HELPLINE_GUIDE_DA_TITLE = 'Demo: Første kontakt på en anonym hjælpelinje: samtaleguide';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs the named axe-core rules on the page as it is and answers their violations. */
async function axeViolations(page: Page, rules: string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'rule', values } });
    return results.violations as AxeViolation[];
  }, rules);
}

/** The landmarks of the page as the accessibility tree has them: role and name, e.g. `search "Search the network"`. */
async function landmarks(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const found: string[] = [];
  for (const line of snapshot.split('\n')) {
    const match = /^\s*- (banner|navigation|search|complementary|region|main|contentinfo|form)\b( "[^"]*")?/.exec(line);
    if (match) found.push(`${match[1]}${match[2] ?? ''}`);
  }
  return found;
}

const duplicates = (items: readonly string[]) => items.filter((item, index) => items.indexOf(item) !== index);

/** The caret of a text field. */
const caretOf = (field: Locator) => field.evaluate((element) => (element as HTMLTextAreaElement).selectionStart);

/**
 * Defects a newcomer met, each as they met it: the composer showing mention markup, languages offered as bare
 * codes, a translation made without knowing one existed, and the search page's layout and names.
 */
describe('defects of the interface, in Chromium', () => {
  const session = productInChromium();

  it('the composer shows a mention as the name, edits it as one piece, and sends its markup', async () => {
    const researcher = await session.signIn('researcher@example.org', 'Demo researcher');
    // The researchers' group, where the demo coordinator is a member too.
    await researcher.goto(`${session.product.url}/groups/researchers`);
    await researcher.getByRole('button', { name: 'Start a thread' }).click();
    const title = `Mentions shown by name ${Date.now()}`;
    await researcher.getByLabel('Title').fill(title);
    await researcher.getByLabel('Message', { exact: true }).fill('Opening the thread.');
    await researcher.getByRole('button', { name: 'Post thread' }).click();
    await researcher.getByRole('heading', { name: title, level: 1 }).waitFor();

    // Keyboard only: "@Demo c", then Enter takes the first suggestion.
    const composer = researcher.getByLabel('Your message');
    await composer.focus();
    await composer.pressSequentially('Hi @Demo c', { delay: 20 });
    const suggestions = researcher.getByRole('listbox', { name: 'Members to mention' });
    await suggestions.getByRole('option', { name: /Demo coordinator/ }).waitFor();
    await composer.press('Enter');
    await expect(composer.inputValue()).resolves.toBe('Hi @Demo coordinator ');
    await expect(caretOf(composer)).resolves.toBe(21);

    // Backspace takes the space, then the whole mention, not one letter of it.
    await composer.press('Backspace');
    await expect(composer.inputValue()).resolves.toBe('Hi @Demo coordinator');
    await composer.press('Backspace');
    await expect(composer.inputValue()).resolves.toBe('Hi ');
    await expect(caretOf(composer)).resolves.toBe(3);

    // Made again with Tab; the arrows step over it as over one character.
    await composer.pressSequentially('@Demo coo', { delay: 20 });
    await suggestions.getByRole('option', { name: /Demo coordinator/ }).waitFor();
    await composer.press('Tab');
    await expect(composer.inputValue()).resolves.toBe('Hi @Demo coordinator ');
    await composer.press('ArrowLeft');
    await composer.press('ArrowLeft');
    await expect(caretOf(composer)).resolves.toBe(3);
    await composer.press('End');
    await composer.pressSequentially('could you look at the draft?', { delay: 5 });
    await expect(composer.inputValue()).resolves.toBe('Hi @Demo coordinator could you look at the draft?');
    await composer.press('Enter');

    // Sent as markup: the message renders the mention as a link to the person.
    const log = researcher.getByRole('region', { name: 'Messages' });
    const mention = log.getByRole('link', { name: '@Demo coordinator' });
    await mention.waitFor();
    await expect(mention.getAttribute('href')).resolves.toBe(`/members/${COORDINATOR_ID}`);
    await log.getByText('could you look at the draft?', { exact: false }).waitFor();
    await expect(composer.inputValue()).resolves.toBe('');

    // Editing the message shows the name too, and saving keeps the mention.
    const message = log.getByRole('listitem').filter({ hasText: 'could you look at the draft?' });
    await message.getByRole('button', { name: 'Edit' }).click();
    const edit = researcher.getByLabel('Edit your message');
    await expect(edit.inputValue()).resolves.toBe('Hi @Demo coordinator could you look at the draft?');
    await edit.press('End');
    await edit.pressSequentially(' Thanks.', { delay: 5 });
    await edit.press('Enter');
    await log.getByText('could you look at the draft? Thanks.', { exact: false }).waitFor();
    await expect(mention.getAttribute('href')).resolves.toBe(`/members/${COORDINATOR_ID}`);
  });

  it('register offers languages by name, common ones first, found by typing a name or a code', async () => {
    const page = await session.newPage();
    await page.goto(`${session.product.url}/register`);
    const languages = page.getByRole('group', { name: /^Languages you work in/ });
    await languages.waitFor();

    // Every language has a name: none is offered as a bare code ("aa", "ab"...).
    const names = (await languages.locator('.languages__options label').allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(150);
    expect(names.filter((name) => /^[a-z]{2,3}$/.test(name))).toEqual([]);
    expect(names).toContain('Afar');
    // The common European ones come first, in a group of their own.
    const common = languages.getByRole('list', { name: 'Common languages' });
    await common.getByRole('checkbox', { name: 'Danish', exact: true }).waitFor();
    expect(names[0]).toBe('Danish');
    await expect(common.getByRole('checkbox').count()).resolves.toBeLessThan(20);

    // Typed in Danish, the language's own name, it is found; Enter on the only match chooses it.
    const filter = languages.getByRole('searchbox', { name: 'Filter languages' });
    await filter.fill('dansk');
    const matches = languages.locator('.languages__options label');
    await expect(matches.allTextContents()).resolves.toEqual(['Danish']);
    await filter.press('Enter');
    await expect(languages.getByRole('checkbox', { name: 'Danish', exact: true }).isChecked()).resolves.toBe(true);
    await languages.getByRole('button', { name: 'Remove Danish' }).waitFor();
    // By code: "sv" finds Swedish first.
    await filter.fill('sv');
    await expect(matches.first().textContent()).resolves.toBe('Swedish');

    // Countries: the common European ones first, in their own group.
    const country = page.getByLabel('Country');
    const firstGroup = country.locator('optgroup').first();
    await expect(firstGroup.getAttribute('label')).resolves.toBe('Common countries');
    await expect(firstGroup.locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Denmark', 'Sweden', 'Germany']),
    );

    // The country's filter finds one by code; Enter takes the best match.
    const findCountry = page.getByRole('searchbox', { name: /^Find by name or code/ });
    await findCountry.fill('dk');
    await expect(country.locator('option:not([value=""])').first().textContent()).resolves.toBe('Denmark');
    await findCountry.press('Enter');
    await expect(country.inputValue()).resolves.toBe('DK');
    await findCountry.fill('');

    // In Danish, the names are Danish.
    await filter.fill('');
    await page.getByLabel('Language', { exact: true }).first().selectOption('da');
    const sprog = page.getByRole('group', { name: /^Sprog/ });
    await sprog.getByRole('list', { name: 'Almindelige sprog' }).getByRole('checkbox', { name: 'dansk' }).waitFor();
    await sprog.getByRole('searchbox').fill('Swedish');
    await expect(sprog.locator('.languages__options label').allTextContents()).resolves.toEqual(['svensk']);
  });

  it('adapting into a language the family already has lists those before anything is shared', async () => {
    const member = await session.signIn('practitioner@example.org', 'Demo practitioner');
    const posted: string[] = [];
    member.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/adaptations')) posted.push(request.url());
    });
    await member.goto(`${session.product.url}/resources/${HELPLINE_GUIDE_SV}/adapt`);
    await member.getByRole('heading', { name: /^Adapt or translate “/, level: 1 }).waitFor();
    const main = member.getByRole('main');
    const language = main.getByLabel('Language', { exact: true });

    // Danish: the family's Danish translation is named, with a link, before the form is sent.
    await language.selectOption({ label: 'Danish' });
    await main.getByText('This family already has a resource in Danish:').waitFor();
    const existing = main.getByRole('link', { name: HELPLINE_GUIDE_DA_TITLE, exact: true });
    await existing.waitFor();
    await expect(existing.getAttribute('href')).resolves.toBe(`/resources/${HELPLINE_GUIDE_DA}`);

    // A language the family lacks says so; the source's own language is no translation and says nothing.
    await language.selectOption({ label: 'Icelandic' });
    await main.getByText('This family has nothing in Icelandic yet.').waitFor();
    await language.selectOption({ label: 'Swedish' });
    await main.getByText(/^This family (already has|has nothing)/).waitFor({ state: 'detached' });
    expect(posted).toEqual([]);
  });

  it('search suggestions stay inside the window at 1366 px and at 390 px', async () => {
    // Signed out, the header has room for the box on its first row, near the right edge of a 1366 px screen.
    const visitor = await session.newPage();
    await visitor.goto(`${session.product.url}/`);
    const member = await session.signIn('practitioner@example.org', 'Demo practitioner');
    for (const page of [visitor, member]) {
      const box = page.getByRole('combobox', { name: 'Search', exact: true });
      const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
      for (const size of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        // On a phone the header's search box is inside the menu.
        const menu = page.getByRole('button', { name: 'Menu', exact: true });
        if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
        await box.fill('');
        await box.pressSequentially('hjælpelinje', { delay: 15 });
        await suggestions.getByRole('option').first().waitFor();
        const bounds = await suggestions.boundingBox();
        if (!bounds) throw new Error('the suggestions have no box');
        expect({ size, left: bounds.x >= 0, right: bounds.x + bounds.width <= size.width }).toEqual({
          size,
          left: true,
          right: true,
        });
        await box.press('Escape');
      }
    }
  });

  it('a search that finds nothing says so without "showing similar matches" above it', async () => {
    const member = await session.signIn('practitioner@example.org', 'Demo practitioner');
    // Nothing matches, not even by similarity: "Nothing found", and no "similar matches" above it.
    await member.goto(`${session.product.url}/search?q=qwzxvkj`);
    await member.getByRole('heading', { name: 'Nothing found' }).waitFor();
    await member.getByRole('main').getByRole('status').filter({ hasText: '0 results' }).waitFor();
    await expect(member.getByText(/similar matches/i).count()).resolves.toBe(0);
    // A typo that similar titles answer does say so.
    await member.goto(`${session.product.url}/search?q=consultaiton`);
    await member.getByRole('list', { name: 'Search results' }).waitFor();
    await member.getByText(/^Showing similar matches/).waitFor();
  });

  it('facet buttons are named by the text they show, and the search page names its landmarks apart', async () => {
    const member = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await member.goto(`${session.product.url}/search?q=helpline`);
    const facets = member.getByRole('complementary', { name: 'Narrow the results' });
    const buttons = facets.locator('button.search-facet__option');
    await buttons.first().waitFor();
    // Each button's name, as the accessibility tree has it, holds the text it shows ("Danish 3").
    const snapshot = await facets.ariaSnapshot();
    for (const button of await buttons.all()) {
      const shown = (await button.innerText()).replace(/\s+/g, ' ').trim();
      expect(snapshot).toContain(`button "${shown}"`);
    }
    await facets.getByRole('button', { name: /^Danish \d+$/ }).waitFor();
    const mismatches = await axeViolations(member, ['label-content-name-mismatch']);
    expect(mismatches.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);

    const violations = await axeViolations(member, ['landmark-unique']);
    expect(violations.map((violation) => violation.nodes.map((node) => node.target))).toEqual([]);
    const found = await landmarks(member);
    expect(found).toEqual(
      expect.arrayContaining(['search "Search the network"', 'complementary "Narrow the results"']),
    );
    expect(duplicates(found)).toEqual([]);
  });

  it('no two landmarks share a name on the pages of the app shell', async () => {
    const member = await session.signIn('researcher@example.org', 'Demo researcher');
    for (const path of [
      '/',
      '/search',
      '/groups/researchers',
      '/practices',
      '/resources',
      `/resources/${HELPLINE_GUIDE_DA}`,
    ]) {
      await member.goto(`${session.product.url}${path}`);
      await member.getByRole('heading', { level: 1 }).first().waitFor();
      // Everything the page loads is in (a table of members draws a region of its own).
      await member.waitForFunction(() => document.querySelector('.state--loading') === null);
      await member.waitForTimeout(300);
      await member.waitForFunction(() => document.querySelector('.state--loading') === null);
      const found = await landmarks(member);
      expect(found.length).toBeGreaterThan(2);
      expect({ path, duplicates: duplicates(found) }).toEqual({ path, duplicates: [] });
      const violations = await axeViolations(member, ['landmark-unique']);
      expect({ path, violations: violations.map((violation) => violation.nodes.map((node) => node.target)) }).toEqual({
        path,
        violations: [],
      });
    }
  });
});
