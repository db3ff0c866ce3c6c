import type { Profession, Role } from '@pn/shared';
import type { HashPassword, Queryable } from './db';

export const DEMO_PASSWORD = 'Demo-password-1';

interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  profession: Profession;
  country: string;
  organisation: string;
  languages: string[];
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

/** Idempotent: an account that exists already (by id or email) is left as it is. */
export async function seedDemoAccounts(db: Queryable, hashPassword: HashPassword): Promise<void> {
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
  }
}
