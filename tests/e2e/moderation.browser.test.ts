import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The demo helpline thread, and a message in it by the demo researcher (seeds/src/groups.ts). */
const THREAD = { id: '00000000-0000-4000-8000-000000000101', title: 'Demo: First contact on an anonymous helpline' };
const MESSAGE = '00000000-0000-4000-8000-000000001012';

/** The number on the moderation link of the navigation, from its accessible name. */
async function waiting(page: Page): Promise<number> {
  const link = page.getByRole('link', { name: /^Moderation, (\d+ waiting|nothing waiting)$/ });
  await link.waitFor();
  const name = (await link.getAttribute('aria-label')) ?? '';
  return Number(/(\d+) waiting/.exec(name)?.[1] ?? 0);
}

const moderationLink = (page: Page, count: number) =>
  page.getByRole('link', { name: count > 0 ? `Moderation, ${count} waiting` : 'Moderation, nothing waiting' });

/**
 * A member flags a message and sees their thank-you beside it; the coordinator's navigation counts it live,
 * the moderation view decides on it and the count drops; the admin reads the decision in the audit log, in
 * Danish, as a sentence with the coordinator's name.
 */
describe('moderation, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('a flag reaches the coordinator, is decided in the moderation view and reads well in the audit log', async () => {
    const coordinator = await signIn('coordinator@example.org', 'Demo coordinator');
    const before = await waiting(coordinator);

    // The practitioner flags the researcher's message; the thank-you appears beside it, focused and announced.
    const practitioner = await signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.goto(`${session.product.url}/threads/${THREAD.id}`);
    await practitioner.getByRole('heading', { name: THREAD.title, level: 1 }).waitFor();
    const message = practitioner.locator(`#message-${MESSAGE}`);
    await message.getByRole('button', { name: /^Flag/ }).click();
    const dialog = practitioner.getByRole('dialog', { name: 'Flag the message of Demo researcher' });
    await dialog.getByLabel('Reason').fill('Shares what a caller said too closely');
    await dialog.getByRole('button', { name: 'Flag message' }).click();
    const thanks = message.getByRole('status');
    await thanks.getByText('Thank you. The group’s coordinators will review the message.').waitFor();
    const seen = await thanks.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return {
        inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
        focused: document.activeElement === element,
      };
    });
    expect(seen).toEqual({ inViewport: true, focused: true });

    // The coordinator's count rises live, without a reload; the moderation view shows the flag.
    await moderationLink(coordinator, before + 1).waitFor();
    await moderationLink(coordinator, before + 1).click();
    await coordinator.getByRole('heading', { name: 'Moderation', level: 1 }).waitFor();
    const flags = coordinator.getByRole('region', { name: 'Flagged messages (1)' });
    await flags.getByText('Shares what a caller said too closely').waitFor();
    // Keyboard only: to the dismiss button, and Enter.
    const dismiss = flags.getByRole('button', { name: 'Dismiss flag' });
    await dismiss.focus();
    await coordinator.keyboard.press('Enter');
    await moderationLink(coordinator, before).waitFor();
    await coordinator.getByRole('region', { name: 'Flagged messages (0)' }).getByText('No flagged messages').waitFor();

    // On a coordinated group's page, what waits comes before the discussions and the long member table.
    await coordinator.goto(`${session.product.url}/groups/parents-and-caregivers`);
    const top = async (name: string) =>
      (await coordinator.getByRole('heading', { name, level: 2, exact: true }).boundingBox())?.y ?? Number.NaN;
    await coordinator.getByRole('heading', { name: 'Members', level: 2, exact: true }).waitFor();
    const [requests, flagged, members] = [
      await top('Requests to join'),
      await top('Flagged messages'),
      await top('Members'),
    ];
    expect(requests).toBeLessThan(members);
    expect(flagged).toBeLessThan(members);
    await coordinator.getByRole('link', { name: 'Everything waiting for your decision, in all your groups' }).waitFor();

    // The admin reads it in the audit log, in Danish, filtered to dismissed flags.
    const admin = await signIn('admin@example.org', 'Demo admin');
    await admin.getByLabel('Language').selectOption('da');
    await admin.getByRole('link', { name: 'Revisionslog', exact: true }).click();
    await admin.getByRole('heading', { name: 'Revisionslog', level: 1 }).waitFor();
    await admin.getByLabel('Handling').selectOption({ label: 'Anmeldelse afvist' });
    await admin.getByRole('button', { name: 'Filtrer' }).click();
    await admin.waitForURL(/action=message\.flag-dismiss/);
    const row = admin.getByRole('row', {
      name: new RegExp(`Demo coordinator afviste anmeldelserne af en besked fra Demo researcher i “${THREAD.title}”`),
    });
    await row.waitFor();
    await row.getByRole('cell', { name: /^Demo coordinator/ }).waitFor();
    await row.getByText('Begrundelser').waitFor();
    await row.getByText('Shares what a caller said too closely').waitFor();
    // Only dismissed flags are listed.
    await expect(admin.locator('tbody tr').count()).resolves.toBe(1);
  });
});
