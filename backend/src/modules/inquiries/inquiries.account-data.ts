import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toInquiry } from './inquiries.mapper';
import { inquiriesRepository as inquiries } from './inquiries.repository';

/**
 * The questions a person asked, the appeals they filed and those they reviewed. At erasure the inquiries and
 * decisions stay (they are part of how a public rating came to be) and lose their tie to the person.
 */
@Injectable()
@AccountData()
export class InquiriesAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const rows = await inquiries.involving(manager, owner.user.id);
    const viewer = { id: owner.user.id, role: owner.user.role, status: owner.user.status };
    return { inquiries: rows.map((row) => toInquiry(row, viewer)) };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await inquiries.detachPerson(manager, userId);
  }
}
