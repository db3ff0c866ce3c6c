import type {
  AccountStatus,
  GroupKind,
  GroupVisibility,
  JoinPolicy,
  MembershipRole,
  MembershipStatus,
  Profession,
  Role,
} from '@pn/shared';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/env.schema';
import { PasswordService } from '../../src/modules/users/password.service';
import { SessionsService } from '../../src/modules/auth/sessions.service';
import { ThreadEntity } from '../../src/modules/discussions/thread.entity';
import { GroupEntity } from '../../src/modules/groups/group.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from './app';
import { enrolTotp, signInWithTotp } from './second-factor';

export const TEST_PASSWORD = 'Test-password-1';

let passwordHash: Promise<string> | undefined;

export interface BuiltUser {
  user: UserEntity;
  /** A bearer token of a fresh session. */
  token: string;
  /** The authenticator app's secret, when the account has one (to make codes with `nextTotpCode`). */
  totpSecret?: string;
}

export interface UserOverrides {
  email?: string;
  displayName?: string;
  role?: Role;
  status?: AccountStatus;
  profession?: Profession;
  country?: string;
  organisation?: string | null;
  languages?: string[];
  locale?: 'en' | 'da' | 'sv';
  /**
   * `totp`: an authenticator app, and the token comes from a sign-in that completed the second factor.
   * By default, the roles of REQUIRE_2FA_ROLES have one (so that they may act as such) and others none.
   */
  secondFactor?: 'totp' | 'none';
}

/** An account straight in the database (active practitioner unless told otherwise), signed in. */
export async function buildUser(app: TestApp, overrides: UserOverrides = {}): Promise<BuiltUser> {
  passwordHash ??= new PasswordService().hash(TEST_PASSWORD);
  const repository = app.dataSource.getRepository(UserEntity);
  const { secondFactor, ...columns } = overrides;
  const status = overrides.status ?? 'active';
  const required = app.app.get<AppConfig>(APP_CONFIG).REQUIRE_2FA_ROLES.includes(overrides.role ?? 'practitioner');
  const user = await repository.save(
    repository.create({
      email: `user-${randomBytes(5).toString('hex')}@example.org`,
      displayName: 'Test member',
      role: 'practitioner',
      profession: 'social-workers',
      country: 'DK',
      organisation: null,
      languages: ['en'],
      passwordHash: await passwordHash,
      approvedAt: status === 'active' ? new Date() : null,
      ...columns,
      status,
    }),
  );
  if ((secondFactor ?? (required ? 'totp' : 'none')) === 'totp') {
    const totpSecret = await enrolTotp(app, user.id);
    const token = status === 'suspended' ? '' : await signInWithTotp(app, user, totpSecret, TEST_PASSWORD);
    return { user, token, totpSecret };
  }
  const token = status === 'suspended' ? '' : (await app.app.get(SessionsService).issue(user.id, 'jest')).token;
  return { user, token };
}

/** One signed-in account of every kind that the authorisation tests try, plus a visitor (no token). */
export async function buildCast(app: TestApp) {
  const [pending, practitioner, researcher, coordinator, admin] = await Promise.all([
    buildUser(app, { status: 'pending' }),
    buildUser(app, { role: 'practitioner' }),
    buildUser(app, { role: 'researcher', profession: 'researchers' }),
    buildUser(app, { role: 'coordinator' }),
    buildUser(app, { role: 'admin' }),
  ]);
  return { visitor: undefined, pending, practitioner, researcher, coordinator, admin };
}
export type Cast = Awaited<ReturnType<typeof buildCast>>;
export const CAST_KINDS = ['visitor', 'pending', 'practitioner', 'researcher', 'coordinator', 'admin'] as const;
export type CastKind = (typeof CAST_KINDS)[number];

export function tokenOf(cast: Cast, kind: CastKind): string | undefined {
  return kind === 'visitor' ? undefined : cast[kind].token;
}

/**
 * A fingerprint of every table's contents: equal before and after means a request changed nothing. The
 * tables are read from the catalogue, so that a table added by a new migration is covered without a change.
 */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const tables = (
    (await app.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'rate_limits')
        ORDER BY table_name`,
    )) as Array<{ table_name: string }>
  ).map((row) => row.table_name);
  // Sign-in limits (rate_limits) count refused attempts by design: bookkeeping, not a change.
  // A session's last_seen_at is bookkeeping that any request may refresh (once a minute), not a change; so is
  // the state of a PDF's text extraction, which runs in the background after an earlier upload.
  const columns: Record<string, string> = {
    sessions: '(t.id, t.user_id, t.token_hash, t.expires_at)',
    resource_versions:
      '(t.resource_id, t.version, t.storage_key, t.file_name, t.media_type, t.size, t.checksum, t.note, t.uploaded_by, t.uploaded_at)',
  };
  const rowOf = (table: string) => columns[table] ?? 't';
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(${rowOf(table)}::text, ',' ORDER BY ${rowOf(table)}::text)), '') AS f FROM "${table}" t`,
      )) as Array<{ f: string }>;
      return [table, row?.f ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Waits until no PDF text extraction of an earlier upload is under way: its result lands in the background
 * (`resource_texts`, the search index) and is no change of the request under test. A bound stops a hang.
 */
export async function textExtractionSettled(app: TestApp): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM resource_versions WHERE text_state IN ('pending', 'extracting')`,
    )) as Array<{ n: number }>;
    if (!row?.n) return;
    if (waited > 60_000) throw new Error('PDF text extraction did not settle within a minute');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Runs a request that must be refused, and checks that the database is as it was. */
export async function unchangedBy<T>(app: TestApp, act: () => Promise<T>): Promise<T> {
  await textExtractionSettled(app);
  const before = await databaseFingerprint(app);
  const result = await act();
  expect(await databaseFingerprint(app)).toEqual(before);
  return result;
}

export interface GroupOverrides {
  slug?: string;
  name?: string;
  description?: string;
  kind?: GroupKind;
  joinPolicy?: JoinPolicy;
  visibility?: GroupVisibility;
  archivedAt?: Date | null;
}

/** A group straight in the database: open, members-only, by profession, unless told otherwise. */
export async function buildGroup(app: TestApp, overrides: GroupOverrides = {}): Promise<GroupEntity> {
  const repository = app.dataSource.getRepository(GroupEntity);
  const suffix = randomBytes(4).toString('hex');
  return repository.save(
    repository.create({
      slug: `test-group-${suffix}`,
      name: `Test group ${suffix}`,
      description: 'A group made by a test.',
      kind: 'profession',
      joinPolicy: 'open',
      visibility: 'members',
      archivedAt: null,
      ...overrides,
    }),
  );
}

/** A membership straight in the database (active member unless told otherwise); keeps member_count right. */
export async function addMember(
  app: TestApp,
  group: { id: string },
  member: BuiltUser | { id: string },
  options: { role?: MembershipRole; status?: MembershipStatus; requestMessage?: string | null; muted?: boolean } = {},
): Promise<void> {
  const userId = 'user' in member ? member.user.id : member.id;
  const status = options.status ?? 'active';
  await app.dataSource.query(
    `INSERT INTO group_memberships (group_id, user_id, role, status, request_message, muted, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      group.id,
      userId,
      options.role ?? 'member',
      status,
      options.requestMessage ?? null,
      options.muted ?? false,
      status === 'active' ? new Date() : null,
    ],
  );
  if (status === 'active') {
    await app.dataSource.query(`UPDATE groups SET member_count = member_count + 1 WHERE id = $1`, [group.id]);
  }
}

/** A thread straight in the database, with no messages yet. */
export async function buildThread(
  app: TestApp,
  group: { id: string },
  author: BuiltUser | { id: string } | null,
  overrides: { title?: string; body?: string; announcement?: boolean } = {},
): Promise<ThreadEntity> {
  const repository = app.dataSource.getRepository(ThreadEntity);
  return repository.save(
    repository.create({
      groupId: group.id,
      authorId: author ? ('user' in author ? author.user.id : author.id) : null,
      title: 'A test thread',
      body: 'The opening post of a test thread.',
      announcement: false,
      ...overrides,
    }),
  );
}
