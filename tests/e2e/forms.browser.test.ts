import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/** The error shown beside a field (FormField ties it to the control as `<id>-error`). */
const errorOf = (page: Page, fieldId: string) => page.locator(`#${fieldId}-error`);

/** Waits until the element with this id has the keyboard focus. */
async function focusLandsOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5_000 });
}

/**
 * Every form validates the same way: on submit first, then as one types, so that a corrected field loses its
 * error at once while the fields still wrong keep theirs; the server's refusals show beside the field they
 * name; and focus goes to the first problem after a failed submit.
 */
describe('form errors follow the corrections, in Chromium', () => {
  const session = productInChromium();

  it('sign-up: a corrected email loses its error at once, and a known address is shown beside the field', async () => {
    const page = await session.newPage();
    await page.goto(`${session.product.url}/register`);
    await page.getByRole('heading', { name: 'Apply to join', level: 1 }).waitFor();

    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Send application' }).click();
    await errorOf(page, 'register-email').getByText('Enter an email address, like name@example.org.').waitFor();
    await errorOf(page, 'register-password').waitFor();
    await errorOf(page, 'register-displayName').waitFor();
    await focusLandsOn(page, 'register-email');

    // Corrected without submitting again: the email's error goes, the others stay.
    await page.getByLabel('Email').fill('forms.e2e@example.org');
    await errorOf(page, 'register-email').waitFor({ state: 'detached' });
    await expect(errorOf(page, 'register-password').isVisible()).resolves.toBe(true);
    await expect(errorOf(page, 'register-displayName').isVisible()).resolves.toBe(true);
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await errorOf(page, 'register-password').waitFor({ state: 'detached' });
    await expect(errorOf(page, 'register-displayName').isVisible()).resolves.toBe(true);

    // The server refuses an address that has an account: beside the email, which gets the focus.
    await page.getByLabel('Email').fill('practitioner@example.org');
    await page.getByLabel('Display name').fill('Forms applicant');
    await page.getByLabel('Profession').selectOption({ label: 'Social worker' });
    await page.getByLabel('Country').selectOption({ label: 'Denmark' });
    await page.getByRole('button', { name: 'Send application' }).click();
    await errorOf(page, 'register-email').getByText('Email already registered.', { exact: false }).waitFor();
    await focusLandsOn(page, 'register-email');
    await page.getByLabel('Email').fill('forms.other@example.org');
    await errorOf(page, 'register-email').waitFor({ state: 'detached' });
  });

  it('new group: naming the group clears its error and the suggested address’s, the kind keeps its own', async () => {
    const coordinator = await session.signIn('coordinator@example.org', 'Demo coordinator');
    await coordinator.goto(`${session.product.url}/groups/new`);
    await coordinator.getByRole('heading', { name: 'New working group', level: 1 }).waitFor();

    await coordinator.getByRole('button', { name: 'Create group' }).click();
    await errorOf(coordinator, 'new-group-name').waitFor();
    await errorOf(coordinator, 'new-group-slug').waitFor();
    await errorOf(coordinator, 'new-group-kind').waitFor();
    await focusLandsOn(coordinator, 'new-group-name');

    await coordinator.getByLabel('Name', { exact: true }).fill('Forms test group');
    await errorOf(coordinator, 'new-group-name').waitFor({ state: 'detached' });
    await errorOf(coordinator, 'new-group-slug').waitFor({ state: 'detached' });
    await expect(errorOf(coordinator, 'new-group-kind').isVisible()).resolves.toBe(true);
    await coordinator.getByLabel('Kind of group').selectOption({ label: 'By programme' });
    await errorOf(coordinator, 'new-group-kind').waitFor({ state: 'detached' });
  });

  it('practice feedback and the password form: corrected fields and a refused current password', async () => {
    const practitioner = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await practitioner.getByRole('link', { name: 'Best practices', exact: true }).click();
    await practitioner.getByRole('heading', { name: 'Best practices', level: 1 }).waitFor();
    await practitioner
      .getByRole('link', { name: /^Demo: Anonymous therapy/ })
      .first()
      .click();
    const report = practitioner.getByRole('button', { name: 'Send the report' });
    await report.click();
    await errorOf(practitioner, 'feedback-country').waitFor();
    await errorOf(practitioner, 'feedback-setting').waitFor();
    await errorOf(practitioner, 'feedback-reached').waitFor();
    await focusLandsOn(practitioner, 'feedback-country');

    await practitioner.locator('#feedback-country').selectOption({ label: 'Denmark' });
    await errorOf(practitioner, 'feedback-country').waitFor({ state: 'detached' });
    await expect(errorOf(practitioner, 'feedback-setting').isVisible()).resolves.toBe(true);
    await practitioner.locator('#feedback-reached').fill('40');
    await errorOf(practitioner, 'feedback-reached').waitFor({ state: 'detached' });
    await expect(errorOf(practitioner, 'feedback-setting').isVisible()).resolves.toBe(true);

    // The API's 400 names the current password: shown beside it, and gone once it is typed again.
    await practitioner.getByRole('link', { name: 'My profile' }).click();
    await practitioner.getByRole('heading', { name: 'My profile' }).waitFor();
    await practitioner.locator('#profile-currentPassword').fill('not the password at all');
    await practitioner.locator('#profile-newPassword').fill('another long password');
    await practitioner.locator('#profile-confirmPassword').fill('another long password');
    await practitioner.getByRole('button', { name: 'Change password' }).click();
    await errorOf(practitioner, 'profile-currentPassword').getByText('is not your current password').waitFor();
    await focusLandsOn(practitioner, 'profile-currentPassword');
    await practitioner.locator('#profile-currentPassword').fill('Demo-password-');
    await errorOf(practitioner, 'profile-currentPassword').waitFor({ state: 'detached' });
  });
});
