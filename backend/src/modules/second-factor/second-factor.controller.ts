import { Controller, Delete, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  confirmTotpSchema,
  idParamSchema,
  passwordConfirmationSchema,
  registerPasskeySchema,
  type Passkey,
  type PasskeyRegistered,
  type RecoveryCodes,
  type TotpEnrolment,
  type WebAuthnCeremony,
} from '@pn/shared';
import { z } from 'zod';
import { SignedIn } from '../../common/access';
import { CurrentAuth, type Auth } from '../auth/auth-context';
import { ValidBody, ValidParams } from '../../common/validated';
import { SecondFactorService } from './second-factor.service';
import { Errors, Responds } from '../../common/responses';
import {
  passkeyRegisteredSchema,
  passkeySchema,
  recoveryCodesSchema,
  totpEnrolmentSchema,
  webAuthnCeremonySchema,
} from '@pn/shared';

/** A person's own second factors. Open to every signed-in account: anyone may protect theirs. */
@ApiTags('second factor')
@Controller('users/me')
export class SecondFactorController {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Responds(201, totpEnrolmentSchema)
  @Errors(409)
  @Post('totp')
  @SignedIn()
  beginTotp(@CurrentAuth() auth: Auth): Promise<TotpEnrolment> {
    return this.secondFactor.beginTotp(auth);
  }

  @Responds(200, recoveryCodesSchema)
  @Errors(404, 409, 429)
  @Post('totp/confirm')
  @SignedIn()
  @HttpCode(200)
  confirmTotp(
    @CurrentAuth() auth: Auth,
    @ValidBody(confirmTotpSchema) body: z.output<typeof confirmTotpSchema>,
  ): Promise<RecoveryCodes> {
    return this.secondFactor.confirmTotp(auth, body.code);
  }

  @Responds(204, null)
  @Errors(404, 409, 429)
  @Delete('totp')
  @SignedIn()
  @HttpCode(204)
  removeTotp(
    @CurrentAuth() auth: Auth,
    @ValidBody(passwordConfirmationSchema) body: z.output<typeof passwordConfirmationSchema>,
    @Ip() ip: string,
  ): Promise<void> {
    return this.secondFactor.removeTotp(auth, body.password, ip);
  }

  @Responds(200, recoveryCodesSchema)
  @Errors(404, 409, 429)
  @Post('recovery-codes')
  @SignedIn()
  @HttpCode(200)
  replaceRecoveryCodes(
    @CurrentAuth() auth: Auth,
    @ValidBody(passwordConfirmationSchema) body: z.output<typeof passwordConfirmationSchema>,
    @Ip() ip: string,
  ): Promise<RecoveryCodes> {
    return this.secondFactor.replaceRecoveryCodes(auth, body.password, ip);
  }

  @Responds(200, webAuthnCeremonySchema)
  @Errors(429)
  @Post('passkeys/options')
  @SignedIn()
  @HttpCode(200)
  passkeyOptions(@CurrentAuth() auth: Auth, @Ip() ip: string): Promise<WebAuthnCeremony> {
    return this.secondFactor.passkeyCeremony(auth, ip);
  }

  @Responds(201, passkeyRegisteredSchema)
  @Errors(409, 429)
  @Post('passkeys')
  @SignedIn()
  registerPasskey(
    @CurrentAuth() auth: Auth,
    @ValidBody(registerPasskeySchema) body: z.output<typeof registerPasskeySchema>,
  ): Promise<PasskeyRegistered> {
    return this.secondFactor.registerPasskey(auth, body);
  }

  @Responds(200, z.array(passkeySchema))
  @Get('passkeys')
  @SignedIn()
  listPasskeys(@CurrentAuth() auth: Auth): Promise<Passkey[]> {
    return this.secondFactor.listPasskeys(auth.user.id);
  }

  @Responds(204, null)
  @Errors(429)
  @Delete('passkeys/:id')
  @SignedIn()
  @HttpCode(204)
  removePasskey(
    @CurrentAuth() auth: Auth,
    @ValidParams(idParamSchema) params: { id: string },
    @ValidBody(passwordConfirmationSchema) body: z.output<typeof passwordConfirmationSchema>,
    @Ip() ip: string,
  ): Promise<void> {
    return this.secondFactor.removePasskey(auth, params.id, body.password, ip);
  }
}
