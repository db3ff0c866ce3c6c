import { ConflictException, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_TIME_ZONE, type LoginRequest, type RegisterRequest } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { AfterCommit } from '../../common/after-commit';
import { AccountEmailsService } from '../accounts/account-emails.service';
import { InvitationsService } from '../invitations/invitations.service';
import { UserEntity } from '../users/user.entity';
import { PasswordService } from './password.service';
import { SessionsService, type IssuedSession } from './sessions.service';

export interface SignedIn extends IssuedSession {
  user: UserEntity;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly accountEmails: AccountEmailsService,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * Creates a pending account and signs it in, so that the applicant sees where their application stands;
   * the address is confirmed from an emailed link. Through an invitation's link, the account is active at
   * once (a coordinator vouched) and the link itself confirmed the address.
   */
  async register(input: RegisterRequest, userAgent?: string): Promise<SignedIn> {
    const passwordHash = await this.passwords.hash(input.password);
    const after = new AfterCommit();
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const email = input.email.trim().toLowerCase();
        const invitation = input.invitationToken
          ? await this.invitations.redeem(manager, input.invitationToken, email)
          : null;
        const user = await manager.save(
          manager.create(UserEntity, {
            email,
            passwordHash,
            displayName: input.displayName,
            profession: input.profession,
            country: input.country,
            organisation: input.organisation ?? null,
            languages: input.languages ?? [],
            locale: input.locale ?? 'en',
            timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
            role: 'practitioner',
            status: invitation ? 'active' : 'pending',
            approvedAt: invitation ? new Date() : null,
            approvedBy: invitation?.invitedBy ?? null,
            emailConfirmedAt: invitation ? new Date() : null,
          }),
        );
        if (invitation) await this.invitations.accepted(manager, after, invitation, user);
        else await this.accountEmails.sendConfirmation(manager, user);
        return { user, ...(await this.sessions.issue(user.id, userAgent, manager)) };
      });
      await after.run();
      return result;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new ConflictException('an account with this email already exists');
      }
      throw error;
    }
  }

  async login(input: LoginRequest, userAgent?: string): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.email });
    const matches = await this.passwords.verify(user?.erasedAt ? null : (user?.passwordHash ?? null), input.password);
    if (!user || !matches) throw new UnauthorizedException('wrong email or password');
    if (user.status === 'suspended') throw new ForbiddenException('this account is suspended');
    return { user, ...(await this.sessions.issue(user.id, userAgent)) };
  }
}
