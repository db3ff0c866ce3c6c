import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The demo helpline (written by the demo coordinator): a qualitative study of help-seeking, level 1. */
const HELPLINE = '00000000-0000-4000-8000-000000000203';

/** The rating of help-seeking on the practice's page, as a visitor reads it. */
const helpSeeking = (page: Page) =>
  page.locator('#evidence').getByRole('listitem').filter({ hasText: 'Help-seeking' }).first();

/**
 * A researcher posts an evaluation; it awaits verification, and the public rating does not move. A second
 * researcher verifies it from the verification queue, and only then does a visitor, signed out, see the
 * stronger rating and the study.
 */
describe('verification of evaluations, in Chromium', () => {
  const session = productInChromium();

  it('a study counts in the public rating only once a second researcher has verified it', async () => {
    const citation = `Demo data: a randomised trial of helpline follow-up calls ${Date.now()}`;
    const visitor = await session.newPage();
    const readAsVisitor = async () => {
      await visitor.goto(`${session.product.url}/practices/${HELPLINE}`);
      await visitor.getByRole('heading', { level: 1 }).waitFor();
      await helpSeeking(visitor).waitFor();
    };
    await readAsVisitor();
    await helpSeeking(visitor).getByText('Strength of evidence: 1 of 4', { exact: false }).waitFor();

    // The researcher posts a randomised trial of help-seeking.
    const researcher = await session.signIn('researcher@example.org', 'Demo researcher');
    await researcher.goto(`${session.product.url}/practices/${HELPLINE}`);
    const form = researcher.getByRole('region', { name: 'Add an evaluation' });
    await form.waitFor();
    await form.getByLabel('Design', { exact: true }).selectOption({ label: 'Randomised controlled trial' });
    await form.getByLabel('Risk of bias', { exact: true }).selectOption({ label: 'Low' });
    await form.getByLabel('Sample size', { exact: true }).fill('240');
    await form.getByLabel('Randomised or enrolled', { exact: false }).fill('240');
    await form.getByLabel('Analysed', { exact: false }).fill('200');
    await form.getByText('Attrition: 16.7 %').waitFor();
    await form.getByLabel('Who ran the evaluation', { exact: false }).selectOption({ label: 'Independent evaluators' });
    await form.getByLabel('Comparison condition', { exact: false }).selectOption({ label: 'Treatment as usual' });
    await form.getByLabel('Citation', { exact: true }).fill(citation);
    await form
      .getByLabel('Summary', { exact: true })
      .fill('Callers offered follow-up calls sought treatment more often.');
    await form.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Help-seeking' });
    await form.getByLabel('Measured by', { exact: true }).selectOption({ label: 'Official records' });
    await form.getByLabel('Direction of the effect', { exact: true }).selectOption({ label: 'Positive' });
    await form.getByRole('checkbox', { name: 'Statistically significant' }).check();
    await form.getByRole('button', { name: 'Save the evaluation' }).click();
    await researcher
      .getByText('The evaluation has been added. It counts in the rating once a second reviewer has verified it.')
      .waitFor();
    const posted = researcher.locator('li.evaluation').filter({ hasText: citation });
    await posted.getByText('Awaiting verification', { exact: true }).waitFor();
    // Its author cannot verify it.
    await expect(posted.getByRole('button', { name: 'Send the decision' }).count()).resolves.toBe(0);

    // Signed out, nothing has changed: neither the rating nor the list of studies.
    await readAsVisitor();
    await helpSeeking(visitor).getByText('Strength of evidence: 1 of 4', { exact: false }).waitFor();
    await expect(visitor.getByText(citation).count()).resolves.toBe(0);

    // A second researcher verifies it from the verification queue.
    const reviewer = await session.signIn('member-no@example.org', 'Demo researcher (NO)');
    await reviewer.getByRole('link', { name: 'Verification', exact: true }).click();
    await reviewer.getByRole('heading', { name: 'Verification', level: 1 }).waitFor();
    const queue = reviewer.getByRole('region', { name: 'Awaiting verification' });
    const item = queue.locator('li.evaluation').filter({ hasText: citation });
    await item.getByRole('radio', { name: 'Verify: the coding matches the study' }).check();
    // A reviewer who declares a conflict of interest is refused, and told why.
    await item.getByLabel('Conflict of interest', { exact: false }).fill('I advised the helpline on its protocol.');
    await item.getByRole('button', { name: 'Send the decision' }).click();
    await item
      .getByText('You declared a conflict of interest, so you cannot decide on this evaluation', { exact: false })
      .waitFor();
    await item.getByLabel('Conflict of interest', { exact: false }).fill('');
    await item.getByRole('button', { name: 'Send the decision' }).click();
    await reviewer.getByText('Verified. The rating has been updated.').waitFor();

    // Only now does the visitor see the trial and the stronger rating.
    await readAsVisitor();
    await helpSeeking(visitor).getByText('Strength of evidence: 3 of 4', { exact: false }).waitFor();
    await helpSeeking(visitor).getByText('Effective', { exact: true }).waitFor();
    await helpSeeking(visitor).getByText('Roughly equivalent to', { exact: false }).waitFor();
    await visitor.locator('#evaluations').getByText(citation).waitFor();

    // The author hears of it.
    await researcher.goto(`${session.product.url}/notifications`);
    await researcher.getByText('A second reviewer verified your evaluation of', { exact: false }).first().waitFor();
  });

  it('publishes the rule a visitor can read, from the footer', async () => {
    const visitor = await session.newPage();
    await visitor.goto(`${session.product.url}/`);
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'How we rate evidence' }).click();
    await visitor.getByRole('heading', { name: 'How we rate evidence', level: 1 }).waitFor();
    await visitor.getByText('Rule version 2').waitFor();
    await visitor.getByText('must analyse at least 60 people', { exact: false }).waitFor();
    await visitor
      .getByRole('table', { name: 'Our levels and directions, and their rough equivalents elsewhere' })
      .waitFor();
  });
});
