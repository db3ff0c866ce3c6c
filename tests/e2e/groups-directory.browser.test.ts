import { productInChromium } from '../src/chromium-session';

const GROUP = 'People who fear they might offend';
const GROUP_PATH = '/groups/people-who-fear-they-might-offend';

/**
 * The working groups' directory, in Chromium: a visitor finds a members-only group and learns how to join it;
 * a group coordinator pins a thread, which then leads the group's list with its mark.
 */
describe('the working groups directory and pinned threads, in Chromium', () => {
  const session = productInChromium();

  it('a visitor opens the directory and sees a members-only group with how to join', async () => {
    const visitor = await session.newPage();
    await visitor.goto(`${session.product.url}/`);
    await visitor.getByRole('banner').getByRole('link', { name: 'Working groups', exact: true }).click();
    await visitor.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();

    const card = visitor.locator('.group-card', { has: visitor.getByRole('heading', { name: GROUP, level: 3 }) });
    await card.getByText('Discussions for members only').waitFor();
    await card.getByText('Joining needs approval').waitFor();
    await card.getByText(/^Members from /).waitFor();
    await card.getByText('Apply to join the network first', { exact: false }).waitFor();

    await card.getByRole('link', { name: GROUP }).click();
    await visitor.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe(GROUP_PATH);
    await visitor
      .getByText('Apply to join the network. Once a coordinator has approved your account, you can ask to join')
      .waitFor();
    await visitor.getByText('Only the group’s members read its discussions.', { exact: false }).waitFor();
    await expect(visitor.locator('.thread-list').count()).resolves.toBe(0);
    await visitor.getByRole('region', { name: 'Your membership' }).getByRole('link', { name: 'Apply to join' }).click();
    await visitor.waitForURL((url) => url.pathname === '/register');

    // In Danish, the directory shows the group's Danish name, kept by its coordinators.
    await visitor.goto(`${session.product.url}/groups`);
    await visitor.getByRole('heading', { name: GROUP, level: 3 }).waitFor();
    await visitor.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('da');
    await visitor.getByRole('heading', { name: 'Mennesker, der frygter at begå overgreb', level: 3 }).waitFor();
    await visitor.getByText('Ansøg først om medlemskab af netværket', { exact: false }).first().waitFor();
  });

  it('a group coordinator pins a thread: it is listed first, marked as pinned', async () => {
    const coordinator = await session.signIn('coordinator@example.org', 'Demo coordinator');
    const title = `Referral pathways after a first call ${Date.now()}`;
    await coordinator.goto(`${session.product.url}${GROUP_PATH}`);
    await coordinator.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
    await coordinator.getByRole('heading', { name: 'Upcoming meetings' }).waitFor();
    await coordinator.getByRole('button', { name: 'Start a thread' }).click();
    await coordinator.getByRole('textbox', { name: 'Title' }).fill(title);
    await coordinator
      .getByRole('textbox', { name: 'Message' })
      .fill('Where do you refer callers once the first conversation is over?');
    await coordinator.getByRole('button', { name: 'Post thread' }).click();
    await coordinator.getByRole('heading', { name: title, level: 1 }).waitFor();

    await coordinator.goto(`${session.product.url}${GROUP_PATH}`);
    const items = coordinator.locator('.thread-list > li');
    await items.first().waitFor();
    // Not pinned, the new thread comes after the pinned one and the announcement, first of the rest.
    await expect(items.nth(2).getByRole('link', { name: title }).count()).resolves.toBe(1);
    await expect(items.first().locator('.badge--pinned').count()).resolves.toBe(1);

    await coordinator.getByRole('button', { name: `Pin “${title}” to the top of the group` }).click();
    await coordinator.getByText(`“${title}” is pinned to the top of the group.`).waitFor();
    await items.first().getByRole('link', { name: title }).waitFor();
    await items.first().locator('.badge--pinned', { hasText: 'Pinned' }).waitFor();
    await items
      .first()
      .getByRole('button', { name: `Unpin “${title}”` })
      .waitFor();

    // Another member of the group sees the same order and mark, without the control.
    const practitioner = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.goto(`${session.product.url}${GROUP_PATH}`);
    const theirs = practitioner.locator('.thread-list > li');
    await theirs.first().getByRole('link', { name: title }).waitFor();
    await theirs.first().getByText('Pinned', { exact: true }).waitFor();
    await expect(practitioner.getByRole('button', { name: /^Pin / }).count()).resolves.toBe(0);
  });
});
