import type { listUsersQuerySchema, Page } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { newestFirstPage } from '../../common/cursor';
import { containsPattern } from '../../common/like';
import { UserEntity } from '../users/user.entity';

/** The accounts as coordinators manage them; the admin service calls these with its transaction's manager. */
export const adminAccountsRepository = {
  /** Every account, newest first, filtered by status, role and words of the address, name or organisation. */
  page(manager: EntityManager, query: z.output<typeof listUsersQuerySchema>): Promise<Page<UserEntity>> {
    const builder = manager.getRepository(UserEntity).createQueryBuilder('u');
    if (query.status) builder.andWhere('u.status = :status', { status: query.status });
    if (query.role) builder.andWhere('u.role = :role', { role: query.role });
    if (query.q) {
      const pattern = containsPattern(query.q);
      builder.andWhere('(u.email ILIKE :pattern OR u.display_name ILIKE :pattern OR u.organisation ILIKE :pattern)', {
        pattern,
      });
    }
    return newestFirstPage(builder, 'u', query);
  },

  /** The account, locked until the transaction ends, or null. */
  lock(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.exists(UserEntity, { where: { id } });
  },

  save(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    return manager.save(user);
  },

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(UserEntity, { id });
  },
};
