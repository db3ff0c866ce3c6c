import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toNotification } from './notifications.mapper';
import { notificationsRepository } from './notifications.repository';

/** What someone was told; personal data, erased with them. */
@Injectable()
@AccountData()
export class NotificationsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const notifications = await notificationsRepository.ofPerson(manager, owner.user.id);
    return { notifications: notifications.map(toNotification) };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await notificationsRepository.removeOfPerson(manager, userId);
  }
}
