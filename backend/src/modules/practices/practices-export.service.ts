import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Evaluation, ExportedPractice, Feedback } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { toEvaluation } from '../evaluations/evaluations.mapper';
import { canEditEvaluation } from '../evaluations/evaluations.policy';
import type { UserEntity } from '../users/user.entity';
import { FeedbackService } from './feedback.service';
import { viewerOf } from './practice-access.service';
import { PracticeRevisionEntity } from './practice-revision.entity';
import { PracticeEntity } from './practice.entity';
import { toPracticeRevision } from './practices.mapper';
import { resourceIdsOf } from './revisions';
import { slugOf } from './slug';

/**
 * A person's practices (every revision), evaluations and feedback, for their data export. Erasure keeps
 * all of it: the account is anonymised, so that the contribution stays under "Former member".
 */
@Injectable()
export class PracticesExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feedback: FeedbackService,
  ) {}

  async of(
    user: UserEntity,
  ): Promise<{ practices: ExportedPractice[]; evaluations: Evaluation[]; feedback: Feedback[] }> {
    const manager = this.dataSource.manager;
    const [practices, evaluations, feedback] = await Promise.all([
      manager.find(PracticeEntity, { where: { authorId: user.id }, order: { createdAt: 'ASC' } }),
      manager.find(EvaluationEntity, {
        where: { authorId: user.id },
        relations: { outcomes: true, author: true },
        order: { createdAt: 'ASC' },
      }),
      this.feedback.authoredBy(user.id),
    ]);
    const exported = await Promise.all(
      practices.map(async (practice): Promise<ExportedPractice> => {
        const revisions = await manager.find(PracticeRevisionEntity, {
          where: { practiceId: practice.id },
          relations: { author: true },
          order: { number: 'ASC' },
        });
        const ids = await resourceIdsOf(
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
    return {
      practices: exported,
      evaluations: evaluations.map((evaluation) =>
        toEvaluation(evaluation, canEditEvaluation(evaluation, viewerOf(user))),
      ),
      feedback,
    };
  }
}
