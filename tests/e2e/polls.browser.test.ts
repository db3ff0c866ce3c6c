import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The demo thread on first contact through an anonymous helpline: both demo members belong to its group. */
const THREAD_ID = '00000000-0000-4000-8000-000000000101';
const THREAD_TITLE = 'Demo: First contact on an anonymous helpline';

/**
 * A member makes a poll in a thread; another member, in a second browser, votes with the keyboard; the
 * first sees the count arrive live, without a reload.
 */
describe('polls in a thread, in Chromium', () => {
  const session = productInChromium();

  async function openThread(page: Page): Promise<void> {
    await page.goto(`${session.product.url}/threads/${THREAD_ID}`);
    await page.getByRole('heading', { name: THREAD_TITLE, level: 1 }).waitFor();
    // In the thread's room: live events reach the page from now on.
    await page.getByText('Live: new messages appear as they are sent.').waitFor();
  }

  it('a vote in one browser shows in the other at once', async () => {
    const practitioner = await session.signIn('practitioner@example.org', 'Demo practitioner');
    const researcher = await session.signIn('researcher@example.org', 'Demo researcher');
    await openThread(practitioner);
    await openThread(researcher);
    // Set on the page: a reload would lose it.
    await practitioner.evaluate(() => ((window as { __sameVisit?: boolean }).__sameVisit = true));

    const question = `Which screening do you use at first contact? ${Date.now()}`;
    await practitioner.getByRole('button', { name: 'New poll' }).click();
    await practitioner.getByLabel('Question').fill(question);
    await practitioner.getByLabel('Option 1').fill('A short structured script');
    await practitioner.getByLabel('Option 2').fill('An open conversation');
    await practitioner.getByRole('button', { name: 'Add an option' }).click();
    await practitioner.getByLabel('Option 3').fill('No screening at first contact');
    await practitioner.getByRole('button', { name: 'Post the poll' }).click();

    const log = (page: Page) => page.getByRole('region', { name: 'Messages' });
    const poll = (page: Page) => log(page).getByRole('region', { name: question });
    await poll(practitioner).waitFor();
    // It reaches the researcher live, as a message of the thread.
    await poll(researcher).waitFor();
    await poll(researcher).getByText('0 people have voted').waitFor();

    // The researcher votes with the keyboard alone: into the radio group, an arrow to the second option, then Vote.
    await poll(researcher).getByRole('radio', { name: 'A short structured script' }).focus();
    await researcher.keyboard.press('ArrowDown');
    await expect(poll(researcher).getByRole('radio', { name: 'An open conversation' }).isChecked()).resolves.toBe(true);
    await researcher.keyboard.press('Tab');
    await expect(researcher.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Vote');
    await researcher.keyboard.press('Enter');
    await researcher.getByText('Your vote is counted.').waitFor();

    // The practitioner's page shows the count and the voter's name, without a reload.
    await poll(practitioner).getByText('1 person has voted').waitFor();
    const second = poll(practitioner).getByRole('listitem').filter({ hasText: 'An open conversation' });
    await second.getByText('1 vote · 100 %').waitFor();
    await second.getByText('Chosen by Demo researcher').waitFor();
    await expect(
      poll(practitioner).getByRole('listitem').filter({ hasText: 'A short structured script' }).innerText(),
    ).resolves.toContain('0 votes · 0 %');
    expect(await practitioner.evaluate(() => (window as { __sameVisit?: boolean }).__sameVisit)).toBe(true);

    // The researcher changes their mind: the practitioner sees the count move.
    await poll(researcher).getByRole('radio', { name: 'No screening at first contact' }).check();
    await poll(researcher).getByRole('button', { name: 'Change my vote' }).click();
    await poll(practitioner)
      .getByRole('listitem')
      .filter({ hasText: 'No screening at first contact' })
      .getByText('1 vote · 100 %')
      .waitFor();
    await expect(second.innerText()).resolves.toContain('0 votes · 0 %');
  });
});
