import type { GroupKind, GroupVisibility, JoinPolicy, MembershipRole, MembershipStatus, UiLanguage } from '@pn/shared';
import { randomBytes } from 'node:crypto';
import { GroupTextEntity } from '../../../src/modules/groups/group-text.entity';
import { GroupEntity } from '../../../src/modules/groups/group.entity';
import type { TestApp } from '../app';
import { buildUser, idOf, type Someone } from './users';

export interface GroupOverrides {
  slug?: string;
  name?: string;
  description?: string;
  kind?: GroupKind;
  joinPolicy?: JoinPolicy;
  visibility?: GroupVisibility;
  archivedAt?: Date | null;
  /** The language of `name` and `description`; English unless given. */
  language?: UiLanguage;
  /** Its texts in other languages; none unless given. */
  texts?: Partial<Record<UiLanguage, { name: string; description: string }>>;
}

/** A group straight in the database: open, members-only, by profession, in English, unless told otherwise. */
export async function buildGroup(app: TestApp, overrides: GroupOverrides = {}): Promise<GroupEntity> {
  const { texts = {}, ...columns } = overrides;
  const repository = app.dataSource.getRepository(GroupEntity);
  const suffix = randomBytes(4).toString('hex');
  const group = await repository.save(
    repository.create({
      slug: `test-group-${suffix}`,
      name: `Test group ${suffix}`,
      description: 'A group made by a test.',
      kind: 'profession',
      joinPolicy: 'open',
      visibility: 'members',
      archivedAt: null,
      ...columns,
    }),
  );
  for (const [language, text] of Object.entries(texts)) {
    await app.dataSource
      .getRepository(GroupTextEntity)
      .insert({ groupId: group.id, language: language as UiLanguage, ...text });
  }
  return group;
}

export interface MembershipOptions {
  role?: MembershipRole;
  status?: MembershipStatus;
  requestMessage?: string | null;
  muted?: boolean;
}

export interface MembershipOverrides extends MembershipOptions {
  /** A new group unless given. */
  group?: { id: string };
  /** A new active practitioner unless given. */
  member?: Someone;
}

/**
 * A membership straight in the database (an active plain member unless told otherwise); keeps the group's
 * member_count right. Answers the group and the member id.
 */
export async function buildMembership(
  app: TestApp,
  overrides: MembershipOverrides = {},
): Promise<{ groupId: string; userId: string }> {
  const groupId = (overrides.group ?? (await buildGroup(app))).id;
  const userId = idOf(overrides.member ?? (await buildUser(app)));
  const status = overrides.status ?? 'active';
  await app.dataSource.query(
    `INSERT INTO group_memberships (group_id, user_id, role, status, request_message, muted, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      groupId,
      userId,
      overrides.role ?? 'member',
      status,
      overrides.requestMessage ?? null,
      overrides.muted ?? false,
      status === 'active' ? new Date() : null,
    ],
  );
  if (status === 'active') {
    await app.dataSource.query(`UPDATE groups SET member_count = member_count + 1 WHERE id = $1`, [groupId]);
  }
  return { groupId, userId };
}

/** `buildMembership` of a given person in a given group: the common case, short. */
export async function addMember(
  app: TestApp,
  group: { id: string },
  member: Someone,
  options: MembershipOptions = {},
): Promise<void> {
  await buildMembership(app, { ...options, group, member });
}

/** A group with a group coordinator and a plain member. */
export async function buildStaffedGroup(app: TestApp, overrides: GroupOverrides = {}) {
  const group = await buildGroup(app, overrides);
  const coordinator = await buildUser(app, { displayName: 'Group coordinator' });
  const member = await buildUser(app, { displayName: 'Plain member' });
  await addMember(app, group, coordinator, { role: 'coordinator' });
  await addMember(app, group, member);
  return { group, coordinator, member };
}
