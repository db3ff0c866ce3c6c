import { BadRequestException, Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountExport, memberSearchQuerySchema, Page, PublicProfile, updateProfileSchema } from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Auth } from '../auth/auth-context';
import { RealtimeService } from '../realtime/realtime.service';
import { AccountData, SECTION_ORDER, type AccountDataExporter, type AccountDataSections } from './account-data';
import { ProfileChangeEmails } from './account-emails';
import { AccountSessions } from './account-sessions';
import { PasswordService } from './password.service';
import { UserEntity } from './user.entity';
import { toPublicProfile, toUser } from './users.mapper';
import { usersRepository as users } from './users.repository';

@Injectable()
export class UsersService implements OnModuleInit {
  /** Each module's part of a person's data (see `account-data.ts`). */
  private exporters: AccountDataExporter[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: AccountSessions,
    private readonly realtime: RealtimeService,
    private readonly emails: ProfileChangeEmails,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.exporters = this.discovery
      .getProviders({ metadataKey: AccountData.KEY })
      .map((wrapper) => wrapper.instance as AccountDataExporter);
  }

  /** Active members whose name or organisation contains the words typed, by name. */
  async search(query: z.output<typeof memberSearchQuerySchema>): Promise<Page<PublicProfile>> {
    const page = await users.directoryPage(this.dataSource.manager, query);
    return { items: page.items.map(toPublicProfile), nextCursor: page.nextCursor };
  }

  /** Another member's profile: only active, not erased accounts have one. */
  async publicProfile(id: string) {
    const user = await users.activeById(this.dataSource.manager, id);
    if (!user || user.erasedAt) throw new NotFoundException('no member with this id');
    return toPublicProfile(user);
  }

  async updateOwn(auth: Auth, changes: z.output<typeof updateProfileSchema>) {
    const { currentPassword, newPassword, email, ...profile } = changes;
    const newHash = newPassword ? await this.changedPasswordHash(auth.user, currentPassword, newPassword) : undefined;
    const newEmail = email && email !== auth.user.email ? email : undefined;
    if (newEmail && !newHash) await this.checkCurrentPassword(auth.user, currentPassword);
    return this.dataSource.transaction(async (manager) => {
      const user = await users.byId(manager, auth.user.id);
      Object.assign(user, Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)));
      if (newHash) {
        user.passwordHash = newHash;
        // A new password ends every other session: whoever knew the old one is signed out.
        await this.sessions.endAllFor(user.id, manager, auth.session.id);
        await this.emails.passwordChanged(manager, user);
      }
      // The new address takes effect once confirmed from the link sent to it; the old one is told now.
      if (newEmail) await this.emails.requestAddressChange(manager, user, newEmail);
      else if (email === user.email) user.pendingEmail = null;
      return toUser(await users.save(manager, user));
    });
  }

  /** Everything the network holds about the person, as one document: each module gives its sections. */
  async exportOwn(auth: Auth): Promise<AccountExport> {
    const owner = { user: auth.user, sessionId: auth.session.id };
    const manager = this.dataSource.manager;
    const parts = await Promise.all(this.exporters.map((exporter) => exporter.export(owner, manager)));
    const sections: AccountDataSections = Object.assign({}, ...parts);
    const ordered = Object.fromEntries(
      [...SECTION_ORDER, ...Object.keys(sections)]
        .filter((key, index, keys) => key in sections && keys.indexOf(key) === index)
        .map((key) => [key, sections[key as keyof AccountDataSections]]),
    );
    return { exportedAt: new Date().toISOString(), user: toUser(auth.account), ...ordered } as AccountExport;
  }

  /**
   * Erasure: personal data is removed and every session ends; the row stays, anonymised, so that
   * what the person contributed keeps an author ("Former member") and the network's work is not lost.
   */
  async eraseOwn(auth: Auth): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await users.anonymise(manager, auth.user.id);
      // Every module removes its personal data of the account (sessions, memberships, devices, email
      // addresses...); what the person wrote stays, under "Former member". The audit module enters the
      // erasure in its log.
      for (const exporter of this.exporters) await exporter.erase(auth.user.id, manager);
    });
    // Again once committed: a socket whose handshake overlapped the erasure is closed too.
    await this.realtime.rightsChanged(auth.user.id);
  }

  private async checkCurrentPassword(user: UserEntity, current: string | undefined): Promise<void> {
    if (!current || !(await this.passwords.verify(user.passwordHash, current))) {
      throw new BadRequestException(['currentPassword: is not your current password']);
    }
  }

  private async changedPasswordHash(user: UserEntity, current: string | undefined, next: string): Promise<string> {
    if (!current || !(await this.passwords.verify(user.passwordHash, current))) {
      throw new BadRequestException(['currentPassword: is not your current password']);
    }
    return this.passwords.hash(next);
  }
}
