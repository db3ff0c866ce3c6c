import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { AuditService } from './audit.service';

/**
 * What was done by or to the person, in their export. Erasure keeps the trail: it is the network's record
 * of what happened, and the erasure itself is entered in it, in the erasure's transaction.
 */
@Injectable()
@AccountData()
export class AuditAccountData implements AccountDataExporter {
  constructor(private readonly audit: AuditService) {}

  async export(owner: AccountOwner) {
    return { auditTrail: await this.audit.involving(owner.user.id) };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await this.audit.record(manager, { actorId: userId, action: 'user.erase', targetType: 'user', targetId: userId });
  }
}
