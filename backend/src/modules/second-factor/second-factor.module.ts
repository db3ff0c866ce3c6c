import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthChallengeEntity } from './auth-challenge.entity';
import { ChallengesService } from './challenges.service';
import { PasskeyEntity } from './passkey.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { RecoveryCodesService } from './recovery-codes.service';
import { SecondFactorController } from './second-factor.controller';
import { SecondFactorService } from './second-factor.service';
import { TotpCredentialEntity } from './totp-credential.entity';
import { TotpService } from './totp.service';
import { WebAuthnService } from './webauthn.service';
import { PasskeysAccountData } from './passkeys.account-data';

/**
 * Authenticator apps, passkeys and recovery codes. Sessions and passwords come from the (global) auth
 * module, which in turn asks this one for the second step of a sign-in.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([TotpCredentialEntity, RecoveryCodeEntity, PasskeyEntity, AuthChallengeEntity]),
    AuditModule,
  ],
  controllers: [SecondFactorController],
  providers: [
    PasskeysAccountData,
    SecondFactorService,
    TotpService,
    RecoveryCodesService,
    ChallengesService,
    WebAuthnService,
  ],
  exports: [SecondFactorService, ChallengesService, TotpService],
})
export class SecondFactorModule {}
