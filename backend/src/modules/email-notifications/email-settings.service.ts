import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailFrequency, EmailSettingKind, NotificationSettings, notificationSettingsSchema } from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { withDefaults } from './email-settings.policy';

@Injectable()
export class EmailSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(userId: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationSettings> {
    const [settings] = (await manager.query(`SELECT kinds FROM email_settings WHERE user_id = $1`, [userId])) as Array<{
      kinds: Record<string, unknown>;
    }>;
    const groups = (await manager.query(
      `SELECT g.slug, g.name, s.frequency FROM group_email_settings s JOIN groups g ON g.id = s.group_id
        WHERE s.user_id = $1 ORDER BY g.name`,
      [userId],
    )) as Array<{ slug: string; name: string; frequency: EmailFrequency }>;
    return {
      kinds: withDefaults(settings?.kinds),
      groups: groups.map((group) => ({ groupSlug: group.slug, groupName: group.name, frequency: group.frequency })),
    };
  }

  /** Replaces the member's choices; a group must be one they belong to (or asked to join). */
  async put(userId: string, body: z.output<typeof notificationSettingsSchema>): Promise<NotificationSettings> {
    return this.dataSource.transaction(async (manager) => {
      const slugs = body.groups.map((group) => group.groupSlug);
      const groups = (await manager.query(
        `SELECT g.id, g.slug FROM groups g JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $1
          WHERE g.slug = ANY($2::text[])`,
        [userId, slugs],
      )) as Array<{ id: string; slug: string }>;
      const idOf = new Map(groups.map((group) => [group.slug, group.id]));
      const unknown = slugs.filter((slug) => !idOf.has(slug));
      if (unknown.length > 0) {
        throw new BadRequestException([`groups: you are not a member of ${unknown.join(', ')}`]);
      }
      await this.saveKinds(manager, userId, body.kinds);
      await manager.query(`DELETE FROM group_email_settings WHERE user_id = $1`, [userId]);
      if (body.groups.length > 0) {
        await manager.query(
          `INSERT INTO group_email_settings (user_id, group_id, frequency)
           SELECT $1, * FROM unnest($2::uuid[], $3::text[])`,
          [userId, body.groups.map((group) => idOf.get(group.groupSlug)), body.groups.map((group) => group.frequency)],
        );
      }
      return this.get(userId, manager);
    });
  }

  /** One-click unsubscribe: a kind, or, from a digest, everything sent at its pace, becomes `never`. */
  async turnOff(userId: string, what: EmailSettingKind | 'digest-daily' | 'digest-weekly'): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(userId)) return false;
    return this.dataSource.transaction(async (manager) => {
      const exists = (await manager.query(`SELECT 1 FROM users WHERE id = $1 AND erased_at IS NULL`, [
        userId,
      ])) as unknown[];
      if (exists.length === 0) return false;
      const [row] = (await manager.query(`SELECT kinds FROM email_settings WHERE user_id = $1 FOR UPDATE`, [
        userId,
      ])) as Array<{ kinds: Record<string, unknown> }>;
      const kinds = withDefaults(row?.kinds);
      if (what === 'digest-daily' || what === 'digest-weekly') {
        const pace = what === 'digest-daily' ? 'daily' : 'weekly';
        for (const kind of Object.keys(kinds) as EmailSettingKind[]) if (kinds[kind] === pace) kinds[kind] = 'never';
        await manager.query(
          `UPDATE group_email_settings SET frequency = 'never' WHERE user_id = $1 AND frequency = $2`,
          [userId, pace],
        );
      } else {
        kinds[what] = 'never';
      }
      await this.saveKinds(manager, userId, kinds);
      return true;
    });
  }

  private async saveKinds(manager: EntityManager, userId: string, kinds: Record<string, EmailFrequency>) {
    await manager.query(
      `INSERT INTO email_settings (user_id, kinds) VALUES ($1, $2::jsonb)
       ON CONFLICT (user_id) DO UPDATE SET kinds = EXCLUDED.kinds, updated_at = now()`,
      [userId, JSON.stringify(kinds)],
    );
  }
}
