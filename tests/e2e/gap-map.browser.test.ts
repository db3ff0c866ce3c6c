import type { Locator } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/**
 * The virtuous circle in Chromium: a practitioner opens the evidence gap map, picks a cell where no verified
 * study exists and raises a research question there; a researcher finds it and claims it, and the
 * practitioner hears of it.
 */
describe('the evidence gap map, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('an empty cell leads to a research question, which a researcher claims', async () => {
    const title = `Does a public campaign change how often bystanders report? ${Date.now()}`;

    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.getByRole('link', { name: 'Evidence gaps', exact: true }).click();
    await practitioner.getByRole('heading', { name: 'Evidence gap map', level: 1 }).waitFor();
    const table = practitioner.getByRole('table', { name: /Published practices and verified evaluations/ });
    await table.getByRole('columnheader', { name: 'Sexual reoffending' }).waitFor();
    await table.getByRole('rowheader', { name: 'General public' }).waitFor();
    await table.getByRole('link', { name: 'Raise a question (General public, Sexual reoffending)' }).click();

    await practitioner.getByRole('heading', { name: 'Raise a research question', level: 1 }).waitFor();
    const main = practitioner.getByRole('main');
    await expectValue(main.getByLabel('Target group'), 'general-public');
    await expectValue(main.getByLabel('Outcome'), 'sexual-reoffending');
    await main.getByLabel('Your question').fill(title);
    await main
      .getByLabel('Why it matters')
      .fill('Our campaign reached half the town, but nobody has measured what it changed.');
    await main.getByRole('button', { name: 'Raise the question' }).click();
    await practitioner.getByRole('heading', { name: title, level: 1 }).waitFor();
    await practitioner.getByText('Open', { exact: true }).first().waitFor();
    const address = practitioner.url();

    const researcher = await signIn('researcher@example.org', 'Demo researcher');
    await researcher.getByRole('link', { name: 'Research questions', exact: true }).click();
    await researcher.getByRole('heading', { name: 'Research questions', level: 1 }).waitFor();
    await researcher.getByRole('link', { name: title, exact: true }).click();
    await researcher.getByRole('heading', { name: title, level: 1 }).waitFor();
    await researcher.getByRole('button', { name: 'Vote for this question' }).click();
    await researcher.getByText('1 vote', { exact: true }).waitFor();
    await researcher.getByRole('button', { name: 'Claim this question' }).click();
    await researcher.getByText('Claimed by Demo researcher').waitFor();
    await researcher.getByText('Planned', { exact: true }).first().waitFor();

    await practitioner.goto(`${session.product.url}/notifications`);
    await practitioner
      .getByRole('link', { name: `Demo researcher claimed the research question “${title}” and plans a study` })
      .click();
    await practitioner.waitForURL(address);
    await practitioner.getByText('Claimed by Demo researcher').waitFor();
  });
});

async function expectValue(locator: Locator, value: string): Promise<void> {
  const actual = await locator.inputValue();
  if (actual !== value) throw new Error(`expected ${value}, found ${actual}`);
}
