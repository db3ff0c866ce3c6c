import { ConflictException, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginRequest, RegisterRequest } from '@pn/shared';
import type { DataSource } from 'typeorm';
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
  ) {}

  /** Creates a pending account and signs it in, so that the applicant sees where their application stands. */
  async register(input: RegisterRequest, userAgent?: string): Promise<SignedIn> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            profession: input.profession,
            country: input.country,
            organisation: input.organisation ?? null,
            languages: input.languages ?? [],
            role: 'practitioner',
            status: 'pending',
          }),
        );
        return { user, ...(await this.sessions.issue(user.id, userAgent, manager)) };
      });
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
