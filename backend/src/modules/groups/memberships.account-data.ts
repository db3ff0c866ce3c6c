import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toMyMembership } from './groups.mapper';
import { MembershipEntity } from './membership.entity';

/** The groups someone joined or asked to join; which groups someone was in is personal data, erased with them. */
@Injectable()
@AccountData()
export class MembershipsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const memberships = await manager.find(MembershipEntity, {
      where: { userId: owner.user.id },
      relations: { group: true },
      order: { createdAt: 'ASC' },
    });
    return {
      memberships: memberships.map((membership) => ({
        ...toMyMembership(membership),
        group: { id: membership.group!.id, slug: membership.group!.slug, name: membership.group!.name },
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE groups g SET member_count = member_count - 1 FROM group_memberships m
        WHERE m.group_id = g.id AND m.user_id = $1 AND m.status = 'active'`,
      [userId],
    );
    await manager.delete(MembershipEntity, { userId });
  }
}
