import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { EmailRenderers } from '../mail/email-renderers';
import { LinkTokens } from '../mail/link-tokens.service';
import type { EmailKind } from '@pn/shared';
import { AccountEmailsController } from './account-emails.controller';
import { AccountEmailsService } from './account-emails.service';
import { accountRenderers } from './account-renderers';
import { DevicesService } from './devices.service';
import { SecurityNoticesService } from './security-notices.service';
import { AccountsAccountData } from './accounts.account-data';
import { ProfileChangeEmails } from '../users/account-emails';
import { AccountsProfileChangeEmails } from './profile-change-emails.provider';

/**
 * The account's emails: confirmed addresses, password resets, security notices and the devices they
 * are about. Global, like the auth module whose sign-in and registration use it.
 */
@Global()
@Module({
  controllers: [AccountEmailsController],
  providers: [
    AccountsAccountData,
    AccountEmailsService,
    SecurityNoticesService,
    DevicesService,
    { provide: ProfileChangeEmails, useClass: AccountsProfileChangeEmails },
  ],
  exports: [AccountEmailsService, SecurityNoticesService, DevicesService, ProfileChangeEmails],
})
export class AccountsModule implements OnModuleInit {
  constructor(
    private readonly renderers: EmailRenderers,
    private readonly tokens: LinkTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const [kind, renderer] of Object.entries(accountRenderers(this.config, this.tokens))) {
      this.renderers.register([kind as EmailKind], renderer);
    }
  }
}
