import { productInChromium } from '../src/chromium-session';

const PRACTICE_TITLE = 'Demo: Anonymous therapy for people who fear they might offend';

/**
 * The author of a practice appeals its rating with new evidence; a coordinator assigns two reviewers from
 * those without a conflict; each reviewer declares no conflict and decides, confirming first; the practice's
 * page then shows the appeal closed with its outcome, to a visitor too, without the texts or who took part.
 */
describe('appeals of ratings, in Chromium', () => {
  const session = productInChromium();

  it('an author appeals, a coordinator assigns two reviewers, both decide, and the page shows the outcome', async () => {
    const stamp = Date.now();
    const reason = `The second cohort should count ${stamp}`;

    // The author finds the appeal form on their practice's page.
    const author = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await author.goto(`${session.product.url}/practices`);
    await author.getByRole('link', { name: PRACTICE_TITLE }).first().click();
    await author.getByRole('heading', { name: PRACTICE_TITLE, level: 1 }).waitFor();
    const section = author.getByRole('region', { name: 'Questions and appeals about this rating' });
    await section.getByText(/^Rating last reviewed on /).waitFor();
    await section.getByRole('button', { name: 'Appeal this rating' }).click();
    const appealForm = author.getByRole('region', { name: 'Appeal this rating' });
    await appealForm.getByRole('button', { name: 'File appeal' }).click();
    // Nothing typed: the form says what is missing and files nothing.
    await appealForm.getByText('Fill this in.').first().waitFor();
    await appealForm.getByLabel('Why the rating should change').fill(reason);
    await appealForm.getByLabel('New evidence', { exact: false }).fill('A waiting-list comparison, 12 months.');
    await appealForm.getByLabel('Links to the evidence', { exact: false }).fill('https://example.org/second-cohort');
    await appealForm.getByRole('button', { name: 'File appeal' }).click();
    const fileDialog = author.getByRole('dialog', { name: 'File this appeal?' });
    await fileDialog.getByRole('button', { name: 'File appeal' }).click();
    await author.getByText('Your appeal was filed. You will be notified as it moves.').waitFor();
    const authorsAppeal = section.getByRole('listitem').filter({ hasText: reason });
    await authorsAppeal.getByText('Open', { exact: true }).waitFor();
    await expect(section.getByRole('button', { name: 'Appeal this rating' }).count()).resolves.toBe(0);

    // The coordinator sees it in the ratings queue, with its deadline, and assigns two reviewers.
    const coordinator = await session.signIn('coordinator@example.org', 'Demo coordinator');
    await coordinator.getByRole('link', { name: 'Ratings queue', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Ratings queue', level: 1 }).waitFor();
    const queued = coordinator.getByRole('listitem').filter({ hasText: reason });
    await queued.getByText(/^Decision due by /).waitFor();
    await queued.getByRole('link', { name: 'Open the practice' }).click();
    await coordinator.getByRole('heading', { name: PRACTICE_TITLE, level: 1 }).waitFor();
    const toAssign = coordinator.getByRole('listitem').filter({ hasText: reason });
    // The researcher wrote the practice's evaluation: not offered.
    await toAssign.getByRole('checkbox', { name: 'Demo coordinator (coordinator)' }).waitFor();
    await expect(toAssign.getByRole('checkbox', { name: 'Demo researcher (researcher)' }).count()).resolves.toBe(0);
    await toAssign.getByRole('checkbox', { name: 'Demo coordinator (coordinator)' }).check();
    await toAssign.getByRole('checkbox', { name: 'Demo admin (administrator)' }).check();
    await toAssign.getByRole('button', { name: 'Assign reviewers' }).click();
    const assignDialog = coordinator.getByRole('dialog', { name: 'Assign these two reviewers?' });
    await assignDialog.getByRole('button', { name: 'Assign reviewers' }).click();
    await toAssign.getByText('With two reviewers', { exact: true }).waitFor();

    // The first reviewer (the coordinator) decides, declaring no conflict, after a confirmation.
    const decide = async (page: typeof coordinator) => {
      const item = page.getByRole('listitem').filter({ hasText: reason });
      const form = item.getByRole('region', { name: 'Your decision on this appeal' });
      await form.getByLabel('Decision', { exact: true }).selectOption({ label: 'Ask for a new study' });
      await form.getByLabel('Reasons', { exact: true }).fill('Only a controlled study of the cohort would tell.');
      await form.getByRole('button', { name: 'Send decision' }).click();
      await form.getByText(/Declare that you have no conflict of interest/).waitFor();
      await form.getByRole('checkbox', { name: /^I have no conflict of interest/ }).check();
      await form.getByRole('button', { name: 'Send decision' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send this decision?' });
      await dialog.getByRole('button', { name: 'Send decision' }).click();
      await item.getByText('Your decision was recorded.').waitFor();
    };
    await decide(coordinator);

    // The second reviewer (the admin) is told, and decides the same: the appeal closes with that outcome.
    const admin = await session.signIn('admin@example.org', 'Demo admin');
    await admin.goto(`${session.product.url}/notifications`);
    await admin
      .getByRole('link', { name: /You were asked to review an appeal of the rating of/ })
      .first()
      .click();
    await admin.getByRole('heading', { name: PRACTICE_TITLE, level: 1 }).waitFor();
    await decide(admin);
    const closed = admin.getByRole('listitem').filter({ hasText: reason });
    await closed.getByText('Closed', { exact: true }).waitFor();
    await closed.getByText('Outcome: Only a new study could change the rating').waitFor();

    // A visitor sees that an appeal was decided and how, not its texts nor who took part.
    const visitor = await session.newPage();
    await visitor.goto(`${session.product.url}/practices/${new URL(admin.url()).pathname.split('/')[2]}`);
    await visitor.getByRole('heading', { name: PRACTICE_TITLE, level: 1 }).waitFor();
    const publicSection = visitor.getByRole('region', { name: 'Questions and appeals about this rating' });
    await publicSection.getByText('Outcome: Only a new study could change the rating').waitFor();
    await expect(publicSection.getByText(reason).count()).resolves.toBe(0);
    await expect(publicSection.getByText('Demo admin').count()).resolves.toBe(0);
    await expect(publicSection.getByRole('button', { name: 'Appeal this rating' }).count()).resolves.toBe(0);

    // The author is told of the outcome.
    await author.goto(`${session.product.url}/notifications`);
    await author
      .getByRole('link', { name: /Your appeal of the rating of .* was decided/ })
      .first()
      .waitFor();
  });

  it('a coordinator re-reviews a rating that is due, and it leaves the queue', async () => {
    const coordinator = await session.signIn('coordinator@example.org', 'Demo coordinator');
    await coordinator.goto(`${session.product.url}/ratings/queue`);
    const due = coordinator.getByRole('region', { name: 'Ratings due for re-review' });
    const circles = 'Demo: Circles of volunteers supporting reintegration after a sexual offence';
    await due.getByText('more than two years old').waitFor();
    await due.getByRole('link', { name: circles }).click();
    await coordinator.getByRole('heading', { name: circles, level: 1 }).waitFor();
    const section = coordinator.getByRole('region', { name: 'Questions and appeals about this rating' });
    await section.getByText('This rating is due for re-review.', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Confirm the rating after re-review' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Confirm that this rating still stands?' });
    await dialog.getByLabel('Comment', { exact: false }).fill('Searched again: no newer controlled study.');
    await dialog.getByRole('button', { name: 'Confirm re-review' }).click();
    await section.getByText('The rating was re-reviewed.').waitFor();
    await expect(section.getByText('This rating is due for re-review.', { exact: false }).count()).resolves.toBe(0);
    await coordinator.goto(`${session.product.url}/ratings/queue`);
    await due.getByText('No rating is due for re-review.').waitFor();
  });
});
