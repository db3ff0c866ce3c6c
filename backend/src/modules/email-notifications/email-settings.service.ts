import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailSettingKind, NotificationSettings, notificationSettingsSchema } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { withDefaults } from './email-settings.policy';
import { emailSettingsRepository as settings } from './email-settings.repository';

@Injectable()
export class EmailSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(userId: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationSettings> {
    const kinds = await settings.kinds(manager, userId);
    const groups = await settings.groups(manager, userId);
    return {
      kinds: withDefaults(kinds),
      groups: groups.map((group) => ({ groupSlug: group.slug, groupName: group.name, frequency: group.frequency })),
    };
  }

  /** Replaces the member's choices; a group must be one they belong to (or asked to join). */
  async put(userId: string, body: z.output<typeof notificationSettingsSchema>): Promise<NotificationSettings> {
    return this.dataSource.transaction(async (manager) => {
      const slugs = body.groups.map((group) => group.groupSlug);
      const groups = await settings.memberGroups(manager, userId, slugs);
      const idOf = new Map(groups.map((group) => [group.slug, group.id]));
      const unknown = slugs.filter((slug) => !idOf.has(slug));
      if (unknown.length > 0) {
        throw new BadRequestException([`groups: you are not a member of ${unknown.join(', ')}`]);
      }
      await settings.saveKinds(manager, userId, body.kinds);
      await settings.replaceGroups(
        manager,
        userId,
        body.groups.map((group) => ({ groupId: idOf.get(group.groupSlug)!, frequency: group.frequency })),
      );
      return this.get(userId, manager);
    });
  }

  /** One-click unsubscribe: a kind, or, from a digest, everything sent at its pace, becomes `never`. */
  async turnOff(userId: string, what: EmailSettingKind | 'digest-daily' | 'digest-weekly'): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(userId)) return false;
    return this.dataSource.transaction(async (manager) => {
      if (!(await settings.accountRemains(manager, userId))) return false;
      const kinds = withDefaults(await settings.kinds(manager, userId, true));
      if (what === 'digest-daily' || what === 'digest-weekly') {
        const pace = what === 'digest-daily' ? 'daily' : 'weekly';
        for (const kind of Object.keys(kinds) as EmailSettingKind[]) if (kinds[kind] === pace) kinds[kind] = 'never';
        await settings.turnOffGroupsAt(manager, userId, pace);
      } else {
        kinds[what] = 'never';
      }
      await settings.saveKinds(manager, userId, kinds);
      return true;
    });
  }
}
