import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toMyMembership } from './groups.mapper';
import { membershipsOfPerson, removeMembershipsOfPerson } from './memberships.repository';

/** The groups someone joined or asked to join; which groups someone was in is personal data, erased with them. */
@Injectable()
@AccountData()
export class MembershipsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const memberships = await membershipsOfPerson(manager, owner.user.id);
    return {
      memberships: memberships.map((membership) => ({
        ...toMyMembership(membership),
        group: { id: membership.group!.id, slug: membership.group!.slug, name: membership.group!.name },
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await removeMembershipsOfPerson(manager, userId);
  }
}
