import type { EntityManager } from 'typeorm';
import { MessageFlagEntity } from './message-flag.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';

/**
 * What a person wrote, raised or read in the discussions, for their data export and erasure; kept apart from
 * the threads' and messages' reads, which serve the pages.
 */
export const authoredRepository = {
  /** The threads they started, oldest first, with what the mapper shows. */
  threads(manager: EntityManager, userId: string): Promise<ThreadEntity[]> {
    return manager.find(ThreadEntity, {
      where: { authorId: userId },
      relations: { group: true, author: true },
      order: { createdAt: 'ASC' },
    });
  },

  /** The messages they wrote, oldest first, with the messages they replied to. */
  messages(manager: EntityManager, userId: string): Promise<MessageEntity[]> {
    return manager
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .leftJoinAndSelect('m.replyTo', 'r')
      .leftJoinAndSelect('r.author', 'ra')
      .where('m.author_id = :userId', { userId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.position', 'ASC')
      .getMany();
  },

  /** The flags they raised, oldest first, with the messages flagged. */
  flags(manager: EntityManager, userId: string): Promise<MessageFlagEntity[]> {
    return manager.find(MessageFlagEntity, {
      where: { flaggedBy: userId },
      relations: { message: true },
      order: { createdAt: 'ASC' },
    });
  },

  /** Forgets what they had read. */
  async forgetReading(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM thread_readers WHERE user_id = $1`, [userId]);
  },
};
