import { Injectable } from '@nestjs/common';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { ResourcesService } from './resources.service';

/** The resources someone shared, removed ones included; they stay in the library after erasure. */
@Injectable()
@AccountData()
export class ResourcesAccountData implements AccountDataExporter {
  constructor(private readonly resources: ResourcesService) {}

  async export(owner: AccountOwner) {
    return { resources: await this.resources.authoredBy(owner.user) };
  }

  async erase(): Promise<void> {}
}
