import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createInvitationSchema,
  Invitation,
  InvitationPreview,
  listInvitationsQuerySchema,
  Page,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { newestFirstPage } from '../../common/cursor';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { GroupEntity } from '../groups/group.entity';
import { MembershipsService } from '../groups/memberships.service';
import { EmailRenderers } from '../mail/email-renderers';
import { formatWhen, textsFor } from '../mail/i18n';
import { appLink } from '../mail/links';
import { hashLinkToken, LinkTokens } from '../mail/link-tokens.service';
import { Outbox } from '../mail/outbox.service';
import { UserEntity } from '../users/user.entity';
import { displayNameOf } from '../users/users.mapper';
import { InvitationEntity } from './invitation.entity';
import { invitationRefusal, invitationState, isNetworkInviter } from './invitations.policy';

/** How long an invitation's link works. */
export const INVITATION_DAYS = 14;

export function toInvitation(invitation: InvitationEntity): Invitation {
  const { group, inviter } = invitation;
  return {
    id: invitation.id,
    email: invitation.email,
    group: group ? { slug: group.slug, name: group.name } : null,
    invitedBy: inviter ? { id: inviter.id, displayName: displayNameOf(inviter) } : null,
    state: invitationState(invitation),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class InvitationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly tokens: LinkTokens,
    private readonly renderers: EmailRenderers,
  ) {}

  onModuleInit(): void {
    this.renderers.register(['invitation'], async (email, manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: String(email.payload.invitationId) },
        relations: { group: true, inviter: true },
      });
      if (!invitation || invitationState(invitation) !== 'pending')
        return { skip: 'the invitation was withdrawn or has expired' };
      const t = textsFor(email.locale).invitation;
      const network = this.config.NETWORK_NAME;
      const inviter = invitation.inviter ? displayNameOf(invitation.inviter) : t.someone;
      const token = this.tokens.derive('invitation', invitation.id);
      return {
        content: {
          subject: t.subject(network),
          heading: t.heading,
          paragraphs: [
            t.body(inviter, network),
            ...(invitation.group ? [t.group(invitation.group.name)] : []),
            t.expires(formatWhen(invitation.expiresAt, email.locale, 'Europe/Brussels')),
          ],
          action: { label: t.action, url: appLink(this.config, `/invitations/accept?token=${token}`) },
        },
      };
    });
  }

  /** Network coordinators see every invitation; a group's coordinators, those of their groups. */
  async list(actor: UserEntity, query: z.output<typeof listInvitationsQuerySchema>): Promise<Page<Invitation>> {
    const builder = this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.group', 'g')
      .leftJoinAndSelect('i.inviter', 'inviter');
    if (!isNetworkInviter(actor)) {
      const coordinated = await this.coordinatedGroupIds(actor.id);
      if (coordinated.length === 0) throw new ForbiddenException('only coordinators can see invitations');
      builder.andWhere('i.group_id IN (:...coordinated)', { coordinated });
    }
    if (query.groupSlug) builder.andWhere('g.slug = :slug', { slug: query.groupSlug });
    const page = await newestFirstPage(builder, 'i', query);
    return { items: page.items.map(toInvitation), nextCursor: page.nextCursor };
  }

  /**
   * Invites an address to the network (and a group). Someone who is already an active member is not
   * invited but added to the group at once; the invitation is then recorded as accepted.
   */
  async create(actor: UserEntity, body: z.output<typeof createInvitationSchema>): Promise<Invitation> {
    const after = new AfterCommit();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const group = body.groupSlug ? await this.groupFor(manager, body.groupSlug) : null;
      const refusal = invitationRefusal(
        actor,
        group ? await this.coordinates(manager, actor.id, group.id) : false,
        !!group,
      );
      if (refusal) throw new ForbiddenException(refusal);
      if (group?.archivedAt) throw new ConflictException('this group is archived');

      const existing = await manager.findOneBy(UserEntity, { email: body.email });
      if (existing && (existing.status !== 'active' || existing.erasedAt)) {
        throw new ConflictException(`an account with this email already exists and is ${existing.status}`);
      }
      if (existing && !group) throw new ConflictException('this person is already a member of the network');
      const pending = (await manager.query(
        `SELECT 1 FROM invitations WHERE email = $1 AND group_id IS NOT DISTINCT FROM $2
            AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > now() LIMIT 1`,
        [body.email, group?.id ?? null],
      )) as unknown[];
      if (pending.length > 0) throw new ConflictException('this address has a pending invitation already');

      const [{ id }] = (await manager.query(`SELECT gen_random_uuid() AS id`)) as [{ id: string }];
      const repository = manager.getRepository(InvitationEntity);
      const invitation = await repository.save(
        repository.create({
          id,
          email: body.email,
          groupId: group?.id ?? null,
          invitedBy: actor.id,
          tokenHash: hashLinkToken(this.tokens.derive('invitation', id)),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
          acceptedAt: existing ? new Date() : null,
          acceptedBy: existing?.id ?? null,
          withdrawnAt: null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'invitation.create',
        targetType: 'invitation',
        targetId: invitation.id,
        details: { email: body.email, groupSlug: group?.slug ?? null, existingMember: !!existing },
      });
      if (existing && group) {
        await this.memberships.addWithin(manager, after, actor.id, group, existing, 'member');
      } else {
        await this.outbox.enqueue(manager, {
          kind: 'invitation',
          to: body.email,
          userId: null,
          locale: actor.locale,
          dedupeKey: `invitation:${invitation.id}`,
          payload: { invitationId: invitation.id },
        });
      }
      return this.load(manager, invitation.id);
    });
    await after.run();
    return toInvitation(invitation);
  }

  async withdraw(actor: UserEntity, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new NotFoundException('no invitation with this id');
      const mayManage =
        isNetworkInviter(actor) ||
        (invitation.groupId !== null && (await this.coordinates(manager, actor.id, invitation.groupId)));
      if (!mayManage) throw new NotFoundException('no invitation with this id');
      const state = invitationState(invitation);
      if (state !== 'pending') throw new ConflictException(`this invitation is ${state}`);
      await manager.update(InvitationEntity, id, { withdrawnAt: new Date() });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'invitation.withdraw',
        targetType: 'invitation',
        targetId: id,
        details: { email: invitation.email },
      });
    });
  }

  /** What the registration page shows of the invitation behind a link. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.dataSource.manager.findOne(InvitationEntity, {
      where: { tokenHash: hashLinkToken(token) },
      relations: { group: true, inviter: true },
    });
    if (!invitation || invitationState(invitation) !== 'pending') {
      throw new NotFoundException('this invitation is unknown, was used, withdrawn or has expired');
    }
    return {
      email: invitation.email,
      group: invitation.group ? { slug: invitation.group.slug, name: invitation.group.name } : null,
      invitedBy: invitation.inviter ? displayNameOf(invitation.inviter) : null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** The pending invitation behind a registration's token, locked, for the address it was sent to. */
  async redeem(manager: EntityManager, token: string, email: string): Promise<InvitationEntity> {
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash: hashLinkToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation || invitationState(invitation) !== 'pending') {
      throw new BadRequestException([
        'invitationToken: this invitation is unknown, was used, withdrawn or has expired',
      ]);
    }
    if (invitation.email !== email) throw new BadRequestException(['email: must be the address that was invited']);
    return invitation;
  }

  /** The invitee's account exists: the invitation is used, and its group joined. */
  async accepted(manager: EntityManager, after: AfterCommit, invitation: InvitationEntity, user: UserEntity) {
    await manager.update(InvitationEntity, invitation.id, { acceptedAt: new Date(), acceptedBy: user.id });
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'invitation.accept',
      targetType: 'invitation',
      targetId: invitation.id,
      details: { invitedBy: invitation.invitedBy },
    });
    if (invitation.groupId) {
      const group = await manager.findOneBy(GroupEntity, { id: invitation.groupId });
      if (group && !group.archivedAt) {
        await this.memberships.addWithin(manager, after, invitation.invitedBy ?? user.id, group, user, 'member');
      }
    }
  }

  private async groupFor(manager: EntityManager, slug: string): Promise<GroupEntity> {
    const group = await manager.findOne(GroupEntity, { where: { slug }, lock: { mode: 'for_no_key_update' } });
    if (!group) throw new NotFoundException('no group with this slug');
    return group;
  }

  private async coordinates(manager: EntityManager, userId: string, groupId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM group_memberships WHERE user_id = $1 AND group_id = $2 AND role = 'coordinator' AND status = 'active'`,
      [userId, groupId],
    )) as unknown[];
    return rows.length > 0;
  }

  private async coordinatedGroupIds(userId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT group_id FROM group_memberships WHERE user_id = $1 AND role = 'coordinator' AND status = 'active'`,
      [userId],
    )) as Array<{ group_id: string }>;
    return rows.map((row) => row.group_id);
  }

  private load(manager: EntityManager, id: string): Promise<InvitationEntity> {
    return manager.findOneOrFail(InvitationEntity, { where: { id }, relations: { group: true, inviter: true } });
  }
}
