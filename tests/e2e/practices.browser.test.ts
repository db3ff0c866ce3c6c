import type { Page } from 'playwright-core';
import { waitForTitle } from '../src/browser';
import { productInChromium } from '../src/chromium-session';

/** Fills the required fields of a practice; the rest is left for the author to add later. */
async function describePractice(page: Page, title: string): Promise<void> {
  // Within the page's main content: the header's interface language switcher is labelled "Language" too.
  const main = page.getByRole('main');
  await main.getByLabel('Title', { exact: true }).fill(title);
  await main.getByLabel('Summary', { exact: true }).fill('Volunteers support people released after a sexual offence.');
  await main
    .getByLabel('Description', { exact: true })
    .fill('A circle of **trained volunteers** meets the core member every week.');
  await main.getByLabel('Organisation', { exact: true }).fill('Demo data: probation service');
  await main.getByRole('checkbox', { name: 'People who have offended' }).check();
  await main
    .getByLabel('Prevention level', { exact: true })
    .selectOption({ label: 'Tertiary: after abuse has happened' });
  await main.getByRole('checkbox', { name: 'Community', exact: true }).check();
  await main.getByLabel('Filter', { exact: true }).first().fill('Denmark');
  await main.getByRole('checkbox', { name: 'Denmark', exact: true }).check();
}

/** The id in a practice page's address: /practices/<id>/<slug>. */
function practiceId(page: Page): string {
  const match = /^\/practices\/([0-9a-f-]{36})(?:\/[^/]+)?$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not a practice page: ${page.url()}`);
  return match[1];
}

/**
 * A practitioner proposes a practice and submits it, a coordinator publishes it from the curation queue, a
 * researcher adds a randomised trial, which the coordinator verifies, and the rating changes from none to
 * strength 3, effective; a visitor
 * reads it at its address, and does not find a draft.
 */
describe('best practices, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('a practice is proposed, published, evaluated, and read by a visitor', async () => {
    const stamp = Date.now();
    const title = `Circles of support ${stamp}`;

    // The practitioner proposes the practice and submits it for review.
    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.getByRole('link', { name: 'Best practices', exact: true }).click();
    await practitioner.getByRole('heading', { name: 'Best practices', level: 1 }).waitFor();
    await practitioner.getByRole('link', { name: 'Propose a practice' }).click();
    await practitioner.getByRole('heading', { name: 'Propose a practice', level: 1 }).waitFor();
    await describePractice(practitioner, title);
    await practitioner.getByRole('button', { name: 'Save the draft' }).click();
    await practitioner.getByRole('heading', { name: title, level: 1 }).waitFor();
    const id = practiceId(practitioner);
    await practitioner.getByText('Curation: Draft').waitFor();
    await practitioner.getByRole('button', { name: 'Submit for review' }).click();
    const submitDialog = practitioner.getByRole('dialog', { name: 'Submit this practice for review?' });
    await submitDialog.getByRole('button', { name: 'Submit for review' }).click();
    await practitioner.getByText('Submitted for review. A coordinator will look at it.').waitFor();
    await practitioner.getByText('Curation: Submitted').waitFor();

    // The coordinator, in a browser of their own, finds it in the curation queue and publishes it.
    const coordinator = await signIn('coordinator@example.org', 'Demo coordinator');
    await coordinator.getByRole('link', { name: 'Curation', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Curation', level: 1 }).waitFor();
    const queue = coordinator.getByRole('region', { name: 'Submitted for review' });
    await queue.getByRole('link', { name: title, exact: true }).click();
    await coordinator.getByRole('heading', { name: title, level: 1 }).waitFor();
    await coordinator.getByRole('button', { name: 'Publish as inspiring' }).click();
    const publishDialog = coordinator.getByRole('dialog', { name: `Publish ${title}?` });
    await publishDialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await coordinator.getByText('Published.', { exact: true }).waitFor();
    await coordinator.getByText('Curation: Inspiring').waitFor();

    // The researcher sees no rating yet, then adds a randomised trial measured by official records.
    const researcher = await signIn('researcher@example.org', 'Demo researcher');
    await researcher.goto(`${session.product.url}/practices/${id}`);
    await researcher.getByRole('heading', { name: title, level: 1 }).waitFor();
    const evidence = researcher.locator('#evidence');
    await evidence.getByText('No evaluation yet').waitFor();
    const form = researcher.getByRole('region', { name: 'Add an evaluation' });
    await form.getByLabel('Design', { exact: true }).selectOption({ label: 'Randomised controlled trial' });
    await form.getByLabel('Risk of bias', { exact: true }).selectOption({ label: 'Low' });
    await form.getByLabel('Sample size', { exact: true }).fill('142');
    await form.getByLabel('Follow-up in months', { exact: false }).fill('24');
    await form.getByLabel('Citation', { exact: true }).fill(`Demo data: a randomised trial of circles ${stamp}`);
    await form.getByLabel('Summary', { exact: true }).fill('Fewer sexual reconvictions than the control group.');
    await form.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Sexual reoffending' });
    await form.getByLabel('Measured by', { exact: true }).selectOption({ label: 'Official records' });
    await form.getByLabel('Direction of the effect', { exact: true }).selectOption({ label: 'Positive' });
    await form.getByRole('checkbox', { name: 'Statistically significant' }).check();
    await form.getByLabel('Effect size', { exact: false }).fill('0.4');
    await form.getByRole('button', { name: 'Save the evaluation' }).click();
    await researcher
      .getByText('The evaluation has been added. It counts in the rating once a second reviewer has verified it.')
      .waitFor();
    await researcher.getByText('Awaiting verification', { exact: true }).waitFor();
    await evidence.getByText('No evaluation yet').waitFor();

    // The coordinator, who wrote neither the practice nor the evaluation, verifies it on the practice's page.
    await coordinator.reload();
    const study = coordinator.locator('li.evaluation').filter({ hasText: `a randomised trial of circles ${stamp}` });
    await study.getByRole('radio', { name: 'Verify: the coding matches the study' }).check();
    await study.getByRole('button', { name: 'Send the decision' }).click();
    await coordinator.getByText('Verified. The rating has been updated.').waitFor();

    await researcher.reload();
    const rating = evidence.getByRole('listitem').filter({ hasText: 'Sexual reoffending' });
    await rating.getByText('Effective', { exact: true }).waitFor();
    await rating.getByText('Strength of evidence: 3 of 4', { exact: false }).waitFor();
    await expect(evidence.getByText('No evaluation yet').count()).resolves.toBe(0);
    await evidence.getByText('Strength of evidence, not size of impact.').waitFor();

    // A visitor opens the practice's address with no sign-in, and reads it with its rating.
    const browser = practitioner.context().browser();
    if (!browser) throw new Error('no browser');
    const visitorContext = await browser.newContext({ locale: 'en-GB' });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${session.product.url}/practices/${id}`);
      await visitor.getByRole('heading', { name: title, level: 1 }).waitFor();
      // The address becomes the clean one, and the document carries the practice's title.
      await visitor.waitForURL((url) => new RegExp(`^/practices/${id}/[a-z0-9-]+$`).test(url.pathname));
      await waitForTitle(visitor, title);
      await visitor.getByText('Curation: Inspiring').waitFor();
      const visitorRating = visitor
        .locator('#evidence')
        .getByRole('listitem')
        .filter({ hasText: 'Sexual reoffending' });
      await visitorRating.getByText('Effective', { exact: true }).waitFor();
      await visitorRating.getByText('Strength of evidence: 3 of 4', { exact: false }).waitFor();
      await expect(visitor.getByRole('button', { name: 'Publish as inspiring' }).count()).resolves.toBe(0);
    } finally {
      await visitorContext.close();
    }
  });

  it('a draft is not found by a visitor', async () => {
    const title = `Draft helpline ${Date.now()}`;
    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.goto(`${session.product.url}/practices/new`);
    await practitioner.getByRole('heading', { name: 'Propose a practice', level: 1 }).waitFor();
    await describePractice(practitioner, title);
    await practitioner.getByRole('button', { name: 'Save the draft' }).click();
    await practitioner.getByRole('heading', { name: title, level: 1 }).waitFor();
    const id = practiceId(practitioner);

    const browser = practitioner.context().browser();
    if (!browser) throw new Error('no browser');
    const visitorContext = await browser.newContext({ locale: 'en-GB' });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${session.product.url}/practices/${id}`);
      await visitor.getByRole('heading', { name: 'Practice not found', level: 1 }).waitFor();
      await expect(visitor.getByText(title).count()).resolves.toBe(0);
      const answer = await visitorContext.request.get(`${session.product.url}/api/practices/${id}`);
      expect(answer.status()).toBe(404);
    } finally {
      await visitorContext.close();
    }
  });
});
