import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProfileChangeEmails } from '../users/account-emails';
import type { UserEntity } from '../users/user.entity';
import { AccountEmailsService } from './account-emails.service';
import { SecurityNoticesService } from './security-notices.service';

/** The account emails a profile change sends, as the users module asks for them. */
@Injectable()
export class AccountsProfileChangeEmails extends ProfileChangeEmails {
  constructor(
    private readonly accountEmails: AccountEmailsService,
    private readonly notices: SecurityNoticesService,
  ) {
    super();
  }

  requestAddressChange(manager: EntityManager, user: UserEntity, email: string): Promise<void> {
    return this.accountEmails.requestAddressChange(manager, user, email);
  }

  passwordChanged(manager: EntityManager, user: UserEntity): Promise<void> {
    return this.notices.passwordChanged(manager, user, 'profile');
  }
}
