import { Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  confirmEmailSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  type ConfirmEmailRequest,
  type PasswordResetConfirmRequest,
} from '@pn/shared';
import type { z } from 'zod';
import { Public, SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody } from '../../common/validated';
import { AccountEmailsService } from './account-emails.service';
import { Errors, Responds } from '../../common/responses';
import {} from '@pn/shared';

@ApiTags('auth')
@Controller('auth')
export class AccountEmailsController {
  constructor(private readonly accountEmails: AccountEmailsService) {}

  @Responds(204, null)
  @Errors(409)
  @Post('email/confirm')
  @Public()
  @HttpCode(204)
  confirmEmail(@ValidBody(confirmEmailSchema) body: ConfirmEmailRequest): Promise<void> {
    return this.accountEmails.confirm(body.token);
  }

  /** Sends the confirmation link again (a pending applicant who lost it, or a new address waiting). */
  @Responds(202, null)
  @Errors(409, 429)
  @Post('email/resend')
  @SignedIn()
  @HttpCode(202)
  resendConfirmation(@CurrentAuth() auth: Auth): Promise<void> {
    return this.accountEmails.resendConfirmation(auth.user);
  }

  @Responds(202, null)
  @Errors(429)
  @Post('password-reset')
  @Public()
  @HttpCode(202)
  requestPasswordReset(
    @ValidBody(passwordResetRequestSchema) body: z.output<typeof passwordResetRequestSchema>,
    @Ip() ip: string,
  ) {
    return this.accountEmails.requestPasswordReset(body.email, ip);
  }

  @Responds(204, null)
  @Errors(409)
  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  confirmPasswordReset(@ValidBody(passwordResetConfirmSchema) body: PasswordResetConfirmRequest): Promise<void> {
    return this.accountEmails.confirmPasswordReset(body.token, body.password);
  }
}
