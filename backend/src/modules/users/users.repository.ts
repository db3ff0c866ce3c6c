import type { memberSearchQuerySchema, Page } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { keysetPage } from '../../common/keyset';
import { containsPattern } from '../../common/like';
import { UserEntity } from './user.entity';

/** The accounts' reads and writes; the users service decides, in its transactions, and passes its manager. */
export const usersRepository = {
  /** A page of active, not erased members whose name or organisation contains the words typed, by name. */
  async directoryPage(
    manager: EntityManager,
    query: z.output<typeof memberSearchQuerySchema>,
  ): Promise<Page<UserEntity>> {
    const pattern = containsPattern(query.q);
    const builder = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(`u.status = 'active' AND u.erased_at IS NULL`)
      .andWhere('(u.display_name ILIKE :pattern OR u.organisation ILIKE :pattern)', { pattern });
    return keysetPage(
      builder,
      [
        { sql: 'u.display_name', order: 'ASC', type: 'text', value: (u) => u.displayName },
        { sql: 'u.id', order: 'ASC', type: 'uuid', value: (u) => u.id },
      ],
      query,
    );
  },

  activeById(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id, status: 'active' });
  },

  byId(manager: EntityManager, id: string): Promise<UserEntity> {
    return manager.findOneByOrFail(UserEntity, { id });
  },

  save(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    return manager.save(user);
  },

  /** The account's row stays, anonymised: what it contributed keeps an author ("Former member"). */
  async anonymise(manager: EntityManager, id: string): Promise<void> {
    await manager.update(UserEntity, id, {
      email: `erased-${id}@erased.invalid`,
      passwordHash: null,
      displayName: 'erased',
      organisation: null,
      languages: [],
      status: 'suspended',
      erasedAt: new Date(),
    });
  },
};
