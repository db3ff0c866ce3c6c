import type { Profession, Role } from '@pn/shared';
import type { HashPassword, Queryable } from './db';

export const DEMO_PASSWORD = 'Demo-password-1';

/**
 * The authenticator-app secret of the demo admin and coordinator, whose roles need a second factor: the
 * README prints it (and its otpauth URL) so that anyone trying the demo can add it to an authenticator app.
 * Demo data only: never seed it into a real network.
 */
export const DEMO_TOTP_SECRET = 'PREVENTIONNETWORKDEMOTOTPSECRET2';

/** Seals a TOTP secret as the application stores it (encrypted when it has a key). */
export type SealSecret = (secret: string) => string;

interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  profession: Profession;
  country: string;
  organisation: string;
  languages: string[];
  /** Has the demo authenticator app (DEMO_TOTP_SECRET) set up. */
  totp?: boolean;
}

/** The accounts listed in the README; fixed ids so that other seeds and tests can refer to them. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'admin@example.org',
    displayName: 'Demo admin',
    role: 'admin',
    profession: 'policy-makers',
    country: 'BE',
    organisation: 'Demo data: network secretariat',
    languages: ['en', 'fr'],
    totp: true,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    email: 'coordinator@example.org',
    displayName: 'Demo coordinator',
    role: 'coordinator',
    profession: 'social-workers',
    country: 'DK',
    organisation: 'Demo data: national prevention centre',
    languages: ['da', 'en'],
    totp: true,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    email: 'researcher@example.org',
    displayName: 'Demo researcher',
    role: 'researcher',
    profession: 'researchers',
    country: 'SE',
    organisation: 'Demo data: university research group',
    languages: ['sv', 'en'],
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    email: 'practitioner@example.org',
    displayName: 'Demo practitioner',
    role: 'practitioner',
    profession: 'health-professionals',
    country: 'DE',
    organisation: 'Demo data: outpatient prevention clinic',
    languages: ['de', 'en'],
  },
];

/** Idempotent: an account that exists already (by id or email) is left as it is, its authenticator app too. */
export async function seedDemoAccounts(
  db: Queryable,
  hashPassword: HashPassword,
  sealSecret: SealSecret,
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.query(
      `INSERT INTO users (id, email, password_hash, display_name, role, status, profession, country,
                          organisation, languages, approved_at)
       VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8, $9, now())
       ON CONFLICT DO NOTHING`,
      [
        account.id,
        account.email,
        passwordHash,
        account.displayName,
        account.role,
        account.profession,
        account.country,
        account.organisation,
        account.languages,
      ],
    );
    if (account.totp) {
      await db.query(
        `INSERT INTO totp_credentials (user_id, secret, confirmed_at)
         SELECT id, $2, now() FROM users WHERE id = $1
         ON CONFLICT DO NOTHING`,
        [account.id, sealSecret(DEMO_TOTP_SECRET)],
      );
    }
  }
}
