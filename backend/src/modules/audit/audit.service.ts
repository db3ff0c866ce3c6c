import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditAction, AuditEntry, auditQuerySchema, Page } from '@pn/shared';
import type { z } from 'zod';
import type { EntityManager, Repository } from 'typeorm';
import { newestFirstPage } from '../../common/cursor';
import { AuditEntryEntity } from './audit-entry.entity';
import { toAuditEntry } from './audit.mapper';
import { idsIn, namesOf } from './audit-names';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Written with the manager of the action's own transaction: no action without its entry, nor the reverse. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager
      .getRepository(AuditEntryEntity)
      .save(manager.getRepository(AuditEntryEntity).create({ ...record, details: record.details ?? {} }));
  }

  async list(query: z.output<typeof auditQuerySchema>): Promise<Page<AuditEntry>> {
    const builder = this.entries.createQueryBuilder('entry').leftJoinAndSelect('entry.actor', 'actor');
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.actor) builder.andWhere('entry.actor_id = :actor', { actor: query.actor });
    if (query.targetId) builder.andWhere('entry.target_id = :targetId', { targetId: query.targetId });
    if (query.from) builder.andWhere('entry.created_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.created_at < :to', { to: query.to });
    const page = await newestFirstPage(builder, 'entry', { limit: query.limit, cursor: query.cursor });
    return { items: await this.named(page.items), nextCursor: page.nextCursor };
  }

  private async named(entries: AuditEntryEntity[]): Promise<AuditEntry[]> {
    const names = await namesOf(this.entries.manager, [...new Set(entries.flatMap(idsIn))]);
    return entries.map((entry) => toAuditEntry(entry, names));
  }

  /** Every entry a person made or that concerns them, for their data export. */
  /**
   * The steps taken on one thing (`practice.submit`, `practice.publish`... for a practice), oldest first, with
   * their actors: its history as the audit log tells it.
   */
  stepsOn(targetType: string, targetId: string): Promise<AuditEntryEntity[]> {
    return this.entries
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
  }

  async involving(userId: string): Promise<AuditEntry[]> {
    const rows = await this.entries
      .createQueryBuilder('entry')
      .leftJoinAndSelect('entry.actor', 'actor')
      .where('entry.actor_id = :userId OR entry.target_id = :userId', { userId })
      .orderBy('entry.created_at', 'ASC')
      .getMany();
    return this.named(rows);
  }
}
