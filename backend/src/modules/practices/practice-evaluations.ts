import type { Evaluation } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { viewerOf } from './practice-access.service';

/**
 * A practice's evaluations as its viewer sees them, for the practice's page. Evaluations build on practices
 * (an evaluation is of a practice, and checks it through `PracticeAccessService`), so practices do not import
 * them: the evaluations module provides this.
 */
export abstract class PracticeEvaluations {
  abstract of(
    manager: EntityManager,
    practice: { id: string; authorId: string | null },
    viewer: ReturnType<typeof viewerOf>,
  ): Promise<Evaluation[]>;
}
