import type { AccountStatus, Profession, Role } from '@pn/shared';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../../src/config/config.module';
import type { AppConfig } from '../../../src/config/env.schema';
import { PasswordService } from '../../../src/modules/users/password.service';
import { SessionsService } from '../../../src/modules/auth/sessions.service';
import { UserEntity } from '../../../src/modules/users/user.entity';
import type { TestApp } from '../app';
import { enrolTotp, signInWithTotp } from '../second-factor';

export const TEST_PASSWORD = 'Test-password-1';

let passwordHash: Promise<string> | undefined;

export interface BuiltUser {
  user: UserEntity;
  /** A bearer token of a fresh session. */
  token: string;
  /** The authenticator app's secret, when the account has one (to make codes with `nextTotpCode`). */
  totpSecret?: string;
}

/** Anything the builders accept as a person: a built user or a row with an id. */
export type Someone = BuiltUser | { id: string };
export const idOf = (who: Someone): string => ('user' in who ? who.user.id : who.id);

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
  const token = status === 'suspended' ? '' : (await buildSession(app, { user })).token;
  return { user, token };
}

export interface SessionOverrides {
  /** Whose session it is; a new active practitioner unless given. */
  user?: Someone;
  userAgent?: string;
  ip?: string;
}

/** A session issued as a sign-in issues it (without its second-factor step); answers its bearer token. */
export async function buildSession(
  app: TestApp,
  overrides: SessionOverrides = {},
): Promise<{ id: string; token: string; userId: string }> {
  const userId = overrides.user ? idOf(overrides.user) : (await buildUser(app)).user.id;
  const issued = await app.app
    .get(SessionsService)
    .issue(userId, overrides.userAgent ?? 'jest', undefined, overrides.ip);
  return { id: issued.session.id, token: issued.token, userId };
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
