import { Injectable } from '@nestjs/common';
import type { ExportedPractice } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { FeedbackService } from './feedback.service';
import { toPracticeRevision } from './practices.mapper';
import { practicesRepository as practices } from './practices.repository';
import { slugOf } from './slug';

/**
 * A person's practices (every revision) and feedback, for their data export. Erasure keeps all of it: the
 * account is anonymised, so that the contribution stays under "Former member".
 */
@Injectable()
@AccountData()
export class PracticesAccountData implements AccountDataExporter {
  constructor(private readonly feedback: FeedbackService) {}

  async export(owner: AccountOwner, manager: EntityManager) {
    const [authored, feedback] = await Promise.all([
      practices.authoredBy(manager, owner.user.id),
      this.feedback.authoredBy(owner.user.id),
    ]);
    const exported = await Promise.all(
      authored.map(async (practice): Promise<ExportedPractice> => {
        const revisions = await practices.revisionsWithAuthors(manager, practice.id);
        const ids = await practices.resourceIdsOf(
          manager,
          practice.id,
          revisions.map((revision) => revision.number),
        );
        return {
          id: practice.id,
          slug: slugOf(practice.title),
          curationLabel: practice.curationLabel,
          createdAt: practice.createdAt.toISOString(),
          revisions: revisions.map((revision) => toPracticeRevision(revision, ids.get(revision.number) ?? [])),
        };
      }),
    );
    return { practices: exported, feedback };
  }

  async erase(): Promise<void> {}
}
