import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, auditQuerySchema, Page } from '@pn/shared';
import type { z } from 'zod';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntryEntity } from './audit-entry.entity';
import { auditRepository as audit, type AuditRecord } from './audit.repository';
import { idsIn, toAuditEntry } from './audit.mapper';
import { namesOf } from './audit-names.repository';

export type { AuditRecord };

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written with the manager of the action's own transaction: no action without its entry, nor the reverse. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await audit.insert(manager, record);
  }

  async list(query: z.output<typeof auditQuerySchema>): Promise<Page<AuditEntry>> {
    const page = await audit.page(this.dataSource.manager, query);
    return { items: await this.named(page.items), nextCursor: page.nextCursor };
  }

  private async named(entries: AuditEntryEntity[]): Promise<AuditEntry[]> {
    const names = await namesOf(this.dataSource.manager, [...new Set(entries.flatMap(idsIn))]);
    return entries.map((entry) => toAuditEntry(entry, names));
  }

  /**
   * The steps taken on one thing (`practice.submit`, `practice.publish`... for a practice), oldest first, with
   * their actors: its history as the audit log tells it.
   */
  stepsOn(targetType: string, targetId: string): Promise<AuditEntryEntity[]> {
    return audit.stepsOn(this.dataSource.manager, targetType, targetId);
  }

  /** Every entry a person made or that concerns them, for their data export. */
  async involving(userId: string): Promise<AuditEntry[]> {
    return this.named(await audit.involving(this.dataSource.manager, userId));
  }
}
