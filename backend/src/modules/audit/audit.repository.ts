import type { AuditAction, auditQuerySchema, Page } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { newestFirstPage } from '../../common/cursor';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  details?: Record<string, unknown>;
}

/** The audit log's reads and writes; entries come with their actors, for the mapper. */
export const auditRepository = {
  async insert(manager: EntityManager, record: AuditRecord): Promise<void> {
    const entries = manager.getRepository(AuditEntryEntity);
    await entries.save(entries.create({ ...record, details: record.details ?? {} }));
  },

  /** A page of the log, newest first, narrowed by what the query names. */
  page(manager: EntityManager, query: z.output<typeof auditQuerySchema>): Promise<Page<AuditEntryEntity>> {
    const builder = manager
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .leftJoinAndSelect('entry.actor', 'actor');
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.actor) builder.andWhere('entry.actor_id = :actor', { actor: query.actor });
    if (query.targetId) builder.andWhere('entry.target_id = :targetId', { targetId: query.targetId });
    if (query.from) builder.andWhere('entry.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.created_at < :to', { to: query.to });
    return newestFirstPage(builder, 'entry', { limit: query.limit, cursor: query.cursor });
  },

  /** The entries of actions of this target's type on it, oldest first. */
  stepsOn(manager: EntityManager, targetType: string, targetId: string): Promise<AuditEntryEntity[]> {
    return manager
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .leftJoinAndSelect('entry.actor', 'actor')
      .where(`entry.target_type = :targetType AND entry.target_id = :targetId AND entry.action LIKE :prefix`, {
        targetType,
        targetId,
        prefix: `${targetType}.%`,
      })
      .orderBy('entry.created_at', 'ASC')
      .addOrderBy('entry.id', 'ASC')
      .getMany();
  },

  /** The entries a person made or that concern them, oldest first. */
  involving(manager: EntityManager, userId: string): Promise<AuditEntryEntity[]> {
    return manager
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .leftJoinAndSelect('entry.actor', 'actor')
      .where('entry.actor_id = :userId OR entry.target_id = :userId', { userId })
      .orderBy('entry.created_at', 'ASC')
      .getMany();
  },
};
