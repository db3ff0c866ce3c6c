import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { authoredRepository as authored } from './authored.repository';
import { toMessage, toThread } from './discussions.mapper';

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
      authored.threads(manager, userId),
      authored.messages(manager, userId),
      authored.flags(manager, userId),
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
    await authored.forgetReading(manager, userId);
  }
}
