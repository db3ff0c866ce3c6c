import type { AccountStatus, Profession, Role } from '@pn/shared';
import { randomBytes } from 'node:crypto';
import { PasswordService } from '../../src/modules/auth/password.service';
import { SessionsService } from '../../src/modules/auth/sessions.service';
import { UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from './app';

export const TEST_PASSWORD = 'Test-password-1';

let passwordHash: Promise<string> | undefined;

export interface BuiltUser {
  user: UserEntity;
  /** A bearer token of a fresh session. */
  token: string;
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
}

/** An account straight in the database (active practitioner unless told otherwise), signed in. */
export async function buildUser(app: TestApp, overrides: UserOverrides = {}): Promise<BuiltUser> {
  passwordHash ??= new PasswordService().hash(TEST_PASSWORD);
  const repository = app.dataSource.getRepository(UserEntity);
  const status = overrides.status ?? 'active';
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
      ...overrides,
      status,
    }),
  );
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

/** A fingerprint of every table's contents: equal before and after means a request changed nothing. */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const tables = ['users', 'sessions', 'audit_log'];
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS f FROM ${table} t`,
      )) as Array<{ f: string }>;
      return [table, row?.f ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}
