import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { toMessage, toThread } from './discussions.mapper';
import { MessageFlagEntity } from './message-flag.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';

/**
 * The threads someone started, the messages they wrote and the flags they raised. Erasure keeps what they
 * wrote (under "Former member") and removes what they had read.
 */
@Injectable()
@AccountData()
export class DiscussionsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const userId = owner.user.id;
    const [threads, messages, flags] = await Promise.all([
      manager.find(ThreadEntity, {
        where: { authorId: userId },
        relations: { group: true, author: true },
        order: { createdAt: 'ASC' },
      }),
      manager
        .getRepository(MessageEntity)
        .createQueryBuilder('m')
        .leftJoinAndSelect('m.author', 'a')
        .leftJoinAndSelect('m.replyTo', 'r')
        .leftJoinAndSelect('r.author', 'ra')
        .where('m.author_id = :userId', { userId })
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('m.position', 'ASC')
        .getMany(),
      manager.find(MessageFlagEntity, {
        where: { flaggedBy: userId },
        relations: { message: true },
        order: { createdAt: 'ASC' },
      }),
    ]);
    return {
      threads: threads.map((thread) => toThread(thread)),
      // Their own words, including what a coordinator hid from the others.
      messages: messages.map((message) => toMessage(message, { revealHidden: true })),
      flags: flags.map((flag) => ({
        id: flag.id,
        messageId: flag.messageId,
        threadId: flag.message!.threadId,
        reason: flag.reason,
        createdAt: flag.createdAt.toISOString(),
        resolution: flag.resolution,
      })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM thread_readers WHERE user_id = $1`, [userId]);
  }
}
