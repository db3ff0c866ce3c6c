import { productInChromium } from '../src/chromium-session';

/**
 * A network coordinator creates an invite-only group, adds a practitioner found by searching, the
 * practitioner finds it among their groups in another browser, and the coordinator archives it.
 */
describe('creating, growing and archiving a working group, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('a coordinator creates an invite-only group, adds a member, and archives it', async () => {
    const coordinator = await signIn('coordinator@example.org', 'Demo coordinator');
    const stamp = Date.now();
    const name = `Circles of support ${stamp}`;
    const slug = `circles-of-support-${stamp}`;

    // Create the group through the form; the address is suggested from the name.
    await coordinator.getByRole('link', { name: 'Working groups', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    await coordinator.getByRole('link', { name: 'New group' }).click();
    await coordinator.getByRole('heading', { name: 'New working group', level: 1 }).waitFor();
    await coordinator.getByLabel('Name', { exact: true }).fill(name);
    await expect(coordinator.getByLabel('Web address').inputValue()).resolves.toBe(slug);
    await coordinator.getByLabel('Description').fill('Volunteers supporting people released after treatment.');
    await coordinator.getByLabel('Kind of group').selectOption({ label: 'By programme' });
    await coordinator.getByLabel('Who can join').selectOption({ label: 'By invitation only' });
    await coordinator.getByRole('button', { name: 'Create group' }).click();
    await coordinator.getByRole('heading', { name, level: 1 }).waitFor();
    expect(new URL(coordinator.url()).pathname).toBe(`/groups/${slug}`);
    await coordinator.getByText('By invitation only').first().waitFor();

    // Add the practitioner, found by searching for part of their name.
    const search = coordinator.getByRole('combobox', { name: 'Person' });
    await search.click();
    await search.pressSequentially('Demo pra', { delay: 20 });
    await coordinator.getByRole('option', { name: /Demo practitioner/ }).click();
    await expect(search.inputValue()).resolves.toBe('Demo practitioner');
    await coordinator.getByRole('button', { name: 'Add to group' }).click();
    await coordinator.getByText(`Demo practitioner is now a member of ${name}.`).waitFor();
    await coordinator.getByRole('row', { name: /Demo practitioner/ }).waitFor();

    // The practitioner, in a browser of their own, finds the group among theirs and opens it.
    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.getByRole('heading', { name: 'My groups' }).waitFor();
    await practitioner.getByRole('link', { name, exact: true }).click();
    await practitioner.getByRole('heading', { name, level: 1 }).waitFor();
    await practitioner.getByText(/^You are a member of this group since /).waitFor();

    // The coordinator archives the group, after confirming.
    await coordinator.getByRole('link', { name: 'Edit group' }).click();
    await coordinator.getByRole('heading', { name: `Edit ${name}`, level: 1 }).waitFor();
    await coordinator.getByRole('button', { name: 'Archive group…' }).click();
    const dialog = coordinator.getByRole('dialog', { name: `Archive ${name}?` });
    await dialog.getByText('An archived group is read-only', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Archive group', exact: true }).click();
    await coordinator.getByText(`${name} has been archived. It is now read-only.`).waitFor();
    await coordinator.getByRole('link', { name: 'Back to the group' }).click();
    await coordinator.getByRole('heading', { name, level: 1 }).waitFor();
    await coordinator.getByText('This group is archived: it is read-only.').waitFor();
    await coordinator.locator('.group-page__header .badge', { hasText: 'Archived' }).waitFor();
    await expect(coordinator.getByRole('combobox', { name: 'Person' }).count()).resolves.toBe(0);

    // The practitioner sees it archived too.
    await practitioner.reload();
    await practitioner.getByText('This group is archived: it is read-only.').waitFor();
  });
});
