import { Injectable } from '@nestjs/common';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { AuditService } from './audit.service';

/**
 * What was done by or to the person, in their export. Erasure keeps the trail: it is the network's record
 * of what happened (the erasure itself is entered in it).
 */
@Injectable()
@AccountData()
export class AuditAccountData implements AccountDataExporter {
  constructor(private readonly audit: AuditService) {}

  async export(owner: AccountOwner) {
    return { auditTrail: await this.audit.involving(owner.user.id) };
  }

  async erase(): Promise<void> {}
}
