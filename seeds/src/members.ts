import type { Profession, Role } from '@pn/shared';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import type { HashPassword, Queryable } from './db';

interface DemoMember {
  id: string;
  displayName: string;
  role: Role;
  profession: Profession;
  country: string;
  organisation: string;
  languages: string[];
  status?: 'active' | 'pending';
}

const memberId = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

/**
 * The rest of the demo network: members in every role from countries inside and outside the EU, who wrote
 * the demo library. They sign in like the demo accounts (member-xx@example.org, the same password), but the
 * README lists only the four accounts a newcomer needs.
 */
const OTHER_MEMBERS = {
  'member-nl': {
    id: memberId(11),
    displayName: 'Demo therapist (NL)',
    role: 'practitioner',
    profession: 'health-professionals',
    country: 'NL',
    organisation: 'Demo data: forensic outpatient service',
    languages: ['nl', 'en'],
  },
  'member-no': {
    id: memberId(12),
    displayName: 'Demo researcher (NO)',
    role: 'researcher',
    profession: 'researchers',
    country: 'NO',
    organisation: 'Demo data: child welfare research centre',
    languages: ['no', 'en'],
  },
  'member-fi': {
    id: memberId(13),
    displayName: 'Demo programme lead (FI)',
    role: 'practitioner',
    profession: 'social-workers',
    country: 'FI',
    organisation: 'Demo data: child rights organisation',
    languages: ['fi', 'sv', 'en'],
  },
  'member-be': {
    id: memberId(14),
    displayName: 'Demo probation officer (BE)',
    role: 'practitioner',
    profession: 'prison-and-probation',
    country: 'BE',
    organisation: 'Demo data: probation service',
    languages: ['fr', 'nl', 'en'],
  },
  'member-us': {
    id: memberId(15),
    displayName: 'Demo prevention educator (US)',
    role: 'practitioner',
    profession: 'educators',
    country: 'US',
    organisation: 'Demo data: prevention education non-profit',
    languages: ['en', 'es'],
  },
  'member-pt': {
    id: memberId(16),
    displayName: 'Demo policy adviser (PT)',
    role: 'practitioner',
    profession: 'policy-makers',
    country: 'PT',
    organisation: 'Demo data: municipal safety office',
    languages: ['pt', 'en'],
  },
  'member-ca': {
    id: memberId(17),
    displayName: 'Demo correctional psychologist (CA)',
    role: 'practitioner',
    profession: 'prison-and-probation',
    country: 'CA',
    organisation: 'Demo data: correctional service',
    languages: ['en', 'fr'],
  },
  'member-se': {
    id: memberId(18),
    displayName: 'Demo school nurse (SE)',
    role: 'practitioner',
    profession: 'health-professionals',
    country: 'SE',
    organisation: 'Demo data: school health service',
    languages: ['sv', 'en'],
  },
  'member-in': {
    id: memberId(19),
    displayName: 'Demo child protection officer (IN)',
    role: 'practitioner',
    profession: 'law-enforcement',
    country: 'IN',
    organisation: 'Demo data: police child protection unit',
    languages: ['hi', 'en'],
  },
  'member-za': {
    id: memberId(20),
    displayName: 'Demo magistrate (ZA)',
    role: 'practitioner',
    profession: 'judicial-authorities',
    country: 'ZA',
    organisation: 'Demo data: regional court',
    languages: ['en', 'af'],
  },
  'member-br': {
    id: memberId(21),
    displayName: 'Demo psychologist (BR)',
    role: 'researcher',
    profession: 'researchers',
    country: 'BR',
    organisation: 'Demo data: university psychology department',
    languages: ['pt', 'es', 'en'],
  },
  'member-de': {
    id: memberId(22),
    displayName: 'Demo coordinator (DE)',
    role: 'coordinator',
    profession: 'policy-makers',
    country: 'DE',
    organisation: 'Demo data: federal prevention agency',
    languages: ['de', 'en'],
  },
  'member-ie': {
    id: memberId(23),
    displayName: 'Demo applicant (IE)',
    role: 'practitioner',
    profession: 'social-workers',
    country: 'IE',
    organisation: 'Demo data: family support service',
    languages: ['en', 'ga'],
    status: 'pending',
  },
} satisfies Record<string, DemoMember>;

export type DemoMemberKey = 'admin' | 'coordinator' | 'researcher' | 'practitioner' | keyof typeof OTHER_MEMBERS;

const ACCOUNT_KEYS = ['admin', 'coordinator', 'researcher', 'practitioner'] as const;

/** The id of a demo member, by key: the four demo accounts by their role, the others by `member-<country>`. */
export function demoMemberId(key: DemoMemberKey): string {
  const index = (ACCOUNT_KEYS as readonly string[]).indexOf(key);
  return index >= 0 ? DEMO_ACCOUNTS[index]!.id : OTHER_MEMBERS[key as keyof typeof OTHER_MEMBERS].id;
}

/** Idempotent, like the demo accounts. */
export async function seedDemoMembers(db: Queryable, hashPassword: HashPassword): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [key, member] of Object.entries(OTHER_MEMBERS) as Array<[string, DemoMember]>) {
    const status = member.status ?? 'active';
    await db.query(
      `INSERT INTO users (id, email, password_hash, display_name, role, status, profession, country,
                          organisation, languages, approved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $6 = 'active' THEN now() END)
       ON CONFLICT DO NOTHING`,
      [
        member.id,
        `${key}@example.org`,
        passwordHash,
        member.displayName,
        member.role,
        status,
        member.profession,
        member.country,
        member.organisation,
        member.languages,
      ],
    );
  }
}
