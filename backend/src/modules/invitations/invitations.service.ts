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
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import type { GroupEntity } from '../groups/group.entity';
import { MembershipsService } from '../groups/memberships.service';
import { EmailRenderers } from '../mail/email-renderers';
import { formatWhen, textsFor } from '../mail/i18n';
import { appLink } from '../mail/links';
import { hashLinkToken, LinkTokens } from '../mail/link-tokens.service';
import { Outbox } from '../mail/outbox.service';
import type { UserEntity } from '../users/user.entity';
import { displayNameOf } from '../users/users.mapper';
import type { InvitationEntity } from './invitation.entity';
import { invitationRefusal, invitationState, isNetworkInviter } from './invitations.policy';
import { invitationsRepository as invitations } from './invitations.repository';

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
      const invitation = await invitations.shown(manager, String(email.payload.invitationId));
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
    const manager = this.dataSource.manager;
    let coordinated: string[] | undefined;
    if (!isNetworkInviter(actor)) {
      coordinated = await invitations.coordinatedGroupIds(manager, actor.id);
      if (coordinated.length === 0) throw new ForbiddenException('only coordinators can see invitations');
    }
    const page = await invitations.page(manager, query, coordinated);
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
        group ? await invitations.coordinates(manager, actor.id, group.id) : false,
        !!group,
      );
      if (refusal) throw new ForbiddenException(refusal);
      if (group?.archivedAt) throw new ConflictException('this group is archived');

      const existing = await invitations.accountByEmail(manager, body.email);
      if (existing && (existing.status !== 'active' || existing.erasedAt)) {
        throw new ConflictException(`an account with this email already exists and is ${existing.status}`);
      }
      if (existing && !group) throw new ConflictException('this person is already a member of the network');
      if (await invitations.pendingFor(manager, body.email, group?.id ?? null))
        throw new ConflictException('this address has a pending invitation already');

      const id = await invitations.newId(manager);
      await invitations.insert(manager, {
        id,
        email: body.email,
        groupId: group?.id ?? null,
        invitedBy: actor.id,
        tokenHash: hashLinkToken(this.tokens.derive('invitation', id)),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        acceptedAt: existing ? new Date() : null,
        acceptedBy: existing?.id ?? null,
        withdrawnAt: null,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'invitation.create',
        targetType: 'invitation',
        targetId: id,
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
          dedupeKey: `invitation:${id}`,
          payload: { invitationId: id },
        });
      }
      return invitations.shownOrFail(manager, id);
    });
    await after.run();
    return toInvitation(invitation);
  }

  async withdraw(actor: UserEntity, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await invitations.lock(manager, { id });
      if (!invitation) throw new NotFoundException('no invitation with this id');
      const mayManage =
        isNetworkInviter(actor) ||
        (invitation.groupId !== null && (await invitations.coordinates(manager, actor.id, invitation.groupId)));
      if (!mayManage) throw new NotFoundException('no invitation with this id');
      const state = invitationState(invitation);
      if (state !== 'pending') throw new ConflictException(`this invitation is ${state}`);
      await invitations.update(manager, id, { withdrawnAt: new Date() });
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
    const invitation = await invitations.byTokenHash(this.dataSource.manager, hashLinkToken(token));
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
    const invitation = await invitations.lock(manager, { tokenHash: hashLinkToken(token) });
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
    await invitations.update(manager, invitation.id, { acceptedAt: new Date(), acceptedBy: user.id });
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'invitation.accept',
      targetType: 'invitation',
      targetId: invitation.id,
      details: { invitedBy: invitation.invitedBy },
    });
    if (invitation.groupId) {
      const group = await invitations.group(manager, invitation.groupId);
      if (group && !group.archivedAt) {
        await this.memberships.addWithin(manager, after, invitation.invitedBy ?? user.id, group, user, 'member');
      }
    }
  }

  private async groupFor(manager: EntityManager, slug: string): Promise<GroupEntity> {
    const group = await invitations.groupBySlug(manager, slug);
    if (!group) throw new NotFoundException('no group with this slug');
    return group;
  }
}
