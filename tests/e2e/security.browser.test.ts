import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, productInChromium } from '../src/chromium-session';
import { checkedFetch } from '../src/contract';
import { apiSignIn, freshTotpCode } from '../src/totp';

/**
 * Accounts a stolen password cannot open: a coordinator is sent to set up a second factor first, sets up an
 * authenticator app and signs in with its code; a member registers a passkey with Chromium's virtual
 * authenticator and signs in with it, with and without a password, and signs out another device; an admin signs
 * a member out everywhere.
 */
describe('second factors and sessions, in Chromium', () => {
  const session = productInChromium();

  /** Chromium's virtual authenticator for this page, like a laptop's fingerprint reader (DevTools protocol). */
  async function addVirtualAuthenticator(page: Page): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
  }

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You have signed out.').waitFor();
  }

  async function typeCredentials(page: Page, email: string): Promise<void> {
    await page.goto(`${session.product.url}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('sends a coordinator without a second factor to set one up, then signs them in with its code', async () => {
    // The admin makes the demo researcher a coordinator, through the API.
    const url = session.product.url;
    const adminToken = await apiSignIn(url, 'admin@example.org', DEMO_PASSWORD);
    const list = await checkedFetch(`${url}/api/admin/users?q=researcher@example.org`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const researcher = ((await list.json()) as { items: Array<{ id: string }> }).items[0]!;
    const promoted = await checkedFetch(`${url}/api/admin/users/${researcher.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'coordinator' }),
    });
    expect(promoted.status).toBe(200);

    const page = await session.newPage();
    await typeCredentials(page, 'researcher@example.org');
    // Straight to the security page, which says why.
    await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
    await page.getByText('Your role needs a second factor').waitFor();
    // A coordinator's page sends them back here until they have one.
    await page.goto(`${url}/admin/vetting`);
    await page.getByText('Your role needs a second factor').waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile/security');

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await page.getByLabel('Key for manual entry').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A wrong code is refused, with the focus on the field.
    const field = page.getByLabel('Code from your authenticator app');
    const right = await freshTotpCode('researcher@example.org', secret);
    await field.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByText('That code is not right.').first().waitFor();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill(right);
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();

    // The recovery codes, once, with a warning.
    await page.getByRole('heading', { name: 'Save your recovery codes now' }).waitFor();
    await page.getByText('These codes are shown only this once.').waitFor();
    const codes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('An authenticator app is set up. Sign-in asks for its code.').waitFor();
    await page.getByText('Your second factor is set up: you can now act as coordinator.').waitFor();
    await page.getByRole('link', { name: 'Continue where you were going' }).click();
    await page.getByRole('heading', { name: 'Applications to review' }).waitFor();

    // From now on, sign-in asks for the code.
    await signOut(page);
    await typeCredentials(page, 'researcher@example.org');
    await page.getByRole('heading', { name: 'Second step' }).waitFor();
    const codeField = page.getByLabel('Code from your authenticator app');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    await codeField.fill(await freshTotpCode('researcher@example.org', secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo researcher' }).waitFor();

    // And a recovery code works once instead.
    await signOut(page);
    await typeCredentials(page, 'researcher@example.org');
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(codes[0]!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo researcher' }).waitFor();
  });

  it('registers a passkey in Chromium’s virtual authenticator and signs in with it, then signs out another device', async () => {
    const page = await session.signIn('practitioner@example.org', 'Demo practitioner');
    await addVirtualAuthenticator(page);
    await page.goto(`${session.product.url}/profile/security`);
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();
    await page.getByLabel('Name for the new passkey').fill('Chromium test key');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('The passkey “Chromium test key” has been added.').waitFor();
    // Its first second factor: recovery codes come with it.
    await page.getByRole('heading', { name: 'Save your recovery codes now' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allInnerTexts();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('list', { name: 'Your passkeys' }).getByText('Chromium test key', { exact: true }).waitFor();

    // Passwordless.
    await signOut(page);
    await page.goto(`${session.product.url}/login`);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();

    // As the second factor after the password.
    await signOut(page);
    await typeCredentials(page, 'practitioner@example.org');
    await page.getByRole('heading', { name: 'Second step' }).waitFor();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();

    // Another device signs in, with the password and a recovery code (the passkey stays on this one).
    const other = await session.newPage();
    await typeCredentials(other, 'practitioner@example.org');
    await other.getByRole('button', { name: 'Use a recovery code' }).click();
    await other.getByLabel('Recovery code').fill(codes[0]!);
    await other.getByRole('button', { name: 'Verify' }).click();
    await other.getByRole('heading', { name: 'Welcome, Demo practitioner' }).waitFor();

    // This one sees both, itself marked, and signs the other out after confirming.
    await page.goto(`${session.product.url}/profile/security`);
    const sessions = page.getByRole('list', { name: 'Your sessions' });
    await sessions.getByRole('listitem').nth(1).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    const others = sessions.getByRole('listitem').filter({ hasNot: page.getByText('This device', { exact: true }) });
    expect(await others.count()).toBe(1);
    await others.getByText('127.0.0.1').waitFor();
    await others.getByRole('button', { name: /^Sign out / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('That device will need to sign in again.').waitFor();
    await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText(/has been signed out\.$/).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(1);

    // The other device is signed out: its next page asks it to sign in.
    await other.goto(`${session.product.url}/profile`);
    await other.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('lets an admin sign a member out everywhere, after confirming', async () => {
    const url = session.product.url;
    const member = await session.signIn('coordinator@example.org', 'Demo coordinator');
    const admin = await session.signIn('admin@example.org', 'Demo admin');
    await admin.goto(`${url}/admin/users?q=coordinator@example.org`);
    const row = admin.getByRole('row').filter({ hasText: 'coordinator@example.org' });
    await row.getByRole('button', { name: /^Sign out everywhere/ }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText(/^Every session of Demo coordinator ends at once/).waitFor();
    await dialog.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await admin.getByText(/^Demo coordinator has been signed out of \d+ sessions?\.$/).waitFor();
    // The admin's own session goes on; the member's next page asks them to sign in.
    await admin.goto(`${url}/admin/audit`);
    await admin.getByRole('rowheader', { name: 'Signed out everywhere by an admin' }).first().waitFor();
    await member.goto(`${url}/profile`);
    await member.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });
});
