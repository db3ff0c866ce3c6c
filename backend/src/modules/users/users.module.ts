import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordService } from './password.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/**
 * Accounts as members see them: profiles, the directory, one's own export and erasure, and password hashing.
 * It imports no feature module: the export and the erasure collect each module's `@AccountData()` provider,
 * the sessions it ends come from the auth module through `AccountSessions`, and the emails a profile change
 * sends from the accounts module through `ProfileChangeEmails`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), DiscoveryModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordService],
  exports: [PasswordService],
})
export class UsersModule {}
