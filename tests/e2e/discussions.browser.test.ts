import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** An open group (profession groups are open to every member): both people can join it through the UI. */
const GROUP = { slug: 'health-professionals' };

/**
 * Two members in two browsers: one starts a thread and writes, the other sees it arrive live, without a
 * reload; then a mention chosen from the autocomplete reaches the other's notification bell live.
 */
describe('real-time discussions, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  /** Joins the group through its page, unless the demo data made them a member already. */
  async function joinGroup(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Working groups', exact: true }).click();
    await page.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    await page.locator(`a[href="/groups/${GROUP.slug}"]`).first().click();
    await page.getByRole('heading', { name: 'Your membership' }).waitFor();
    const join = page.getByRole('button', { name: 'Join group' });
    if (await join.isVisible()) {
      await join.click();
      await page.getByText(/^You have joined /).waitFor();
    }
    await page.getByText(/^You (are a member of|coordinate) this group since /).waitFor();
  }

  it('a new message and a mention arrive live in the other browser', async () => {
    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    const researcher = await signIn('researcher@example.org', 'Demo researcher');
    await joinGroup(practitioner);
    await joinGroup(researcher);

    // The practitioner starts a thread and lands on it.
    const title = `Follow-up after treatment ${Date.now()}`;
    await practitioner.getByRole('button', { name: 'Start a thread' }).click();
    await practitioner.getByLabel('Title').fill(title);
    await practitioner.getByLabel('Message', { exact: true }).fill('How do you **plan** the follow-up?');
    await practitioner.getByRole('button', { name: 'Post thread' }).click();
    await practitioner.getByRole('heading', { name: title, level: 1 }).waitFor();
    const threadUrl = practitioner.url();
    expect(threadUrl).toMatch(/\/threads\/[0-9a-f-]{36}$/);

    // The researcher clears the notifications so far (the new thread notified them), then opens the thread.
    await researcher.getByRole('link', { name: /^Notifications/ }).click();
    await researcher.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await researcher.getByText(`Demo practitioner started “${title}”`, { exact: false }).waitFor();
    await researcher.getByRole('button', { name: 'Mark all as read' }).click();
    await researcher.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await researcher.goto(threadUrl);
    await researcher.getByRole('heading', { name: title, level: 1 }).waitFor();
    await researcher.getByText('No replies yet.').waitFor();
    // Both are in the thread's room: live events reach them from now on.
    await researcher.getByText('Live: new messages appear as they are sent.').waitFor();
    await practitioner.getByText('Live: new messages appear as they are sent.').waitFor();

    // Typing reaches the researcher (so their socket is in the thread's room), then the message itself.
    const composer = practitioner.getByLabel('Your message');
    await composer.click();
    await composer.pressSequentially('We call ', { delay: 20 });
    await researcher.getByText('Demo practitioner is typing…').waitFor();
    await composer.pressSequentially('after one week and after three months.', { delay: 5 });
    await composer.press('Enter');
    const log = (page: Page) => page.getByRole('region', { name: 'Messages' });
    await log(researcher).getByText('We call after one week and after three months.').waitFor();
    // The author sees it stored (no longer "Sending…").
    await log(practitioner).getByText('We call after one week and after three months.').waitFor();
    await expect(log(practitioner).getByText('Sending…').count()).resolves.toBe(0);

    // A mention chosen from the autocomplete.
    await composer.pressSequentially('Thanks @Demo r', { delay: 20 });
    await practitioner.getByRole('option', { name: /Demo researcher/ }).click();
    await composer.pressSequentially('what do you measure?', { delay: 5 });
    // The composer shows the name; the message is sent with the mention's markup, which the server reads.
    await expect(composer.inputValue()).resolves.toBe('Thanks @Demo researcher what do you measure?');
    await composer.press('Enter');

    // The researcher sees it rendered as "@Demo researcher", and their bell counts it, without a reload.
    await log(researcher).getByText('what do you measure?', { exact: false }).waitFor();
    await log(researcher).getByRole('link', { name: '@Demo researcher' }).waitFor();
    await researcher.getByRole('link', { name: 'Notifications: 1 unread' }).waitFor();
    await researcher.getByRole('link', { name: 'Notifications: 1 unread' }).click();
    await researcher.getByRole('link', { name: `Demo practitioner mentioned you in “${title}”` }).waitFor();

    // Markup in a message is shown as text and never runs, for the reader either.
    await researcher.goto(threadUrl);
    await researcher.getByRole('heading', { name: title, level: 1 }).waitFor();
    const hostile =
      '<img src=x onerror="window.__ran=1"> <script>window.__ran=2</script> [click](javascript:window.__ran=3) done';
    await composer.fill(hostile);
    await composer.press('Enter');
    await log(researcher).getByText('done', { exact: false }).waitFor();
    await log(researcher).getByText('<img src=x onerror="window.__ran=1">', { exact: false }).waitFor();
    await log(researcher).getByText('click').click();
    for (const page of [practitioner, researcher]) {
      expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
      expect(await page.locator('.markdown script, .markdown img').count()).toBe(0);
    }
  });
});
