import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { NotificationEntity } from './notification.entity';
import { toNotification } from './notifications.mapper';

/** What someone was told; personal data, erased with them. */
@Injectable()
@AccountData()
export class NotificationsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const notifications = await manager.find(NotificationEntity, {
      where: { userId: owner.user.id },
      relations: { group: true, thread: true, practice: true, actor: true },
      order: { updatedAt: 'DESC' },
    });
    return { notifications: notifications.map(toNotification) };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.delete(NotificationEntity, { userId });
  }
}
