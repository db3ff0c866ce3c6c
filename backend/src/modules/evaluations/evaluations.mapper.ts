import type { Evaluation, Outcome, RatingInput } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import type { EvaluationOutcomeEntity } from './evaluation-outcome.entity';
import type { EvaluationEntity } from './evaluation.entity';
import type { EvaluationRights } from './evaluations.policy';

function toOutcome(outcome: EvaluationOutcomeEntity): Outcome {
  return {
    id: outcome.id,
    construct: outcome.construct,
    label: outcome.label,
    measure: outcome.measure,
    direction: outcome.direction,
    significant: outcome.significant,
    effectSize: outcome.effectSize,
    ciLow: outcome.ciLow,
    ciHigh: outcome.ciHigh,
    sustained12Months: outcome.sustained12Months,
  };
}

const byPosition = (outcomes: EvaluationOutcomeEntity[] = []) => [...outcomes].sort((a, b) => a.position - b.position);

/** `outcomes` and `author` loaded; `rights` are the caller's. */
export function toEvaluation(evaluation: EvaluationEntity, rights: EvaluationRights): Evaluation {
  return {
    id: evaluation.id,
    practiceId: evaluation.practiceId,
    design: evaluation.design,
    sampleSize: evaluation.sampleSize,
    followUpMonths: evaluation.followUpMonths,
    riskOfBias: evaluation.riskOfBias,
    independent: evaluation.independence === 'independent',
    independence: evaluation.independence,
    conflictOfInterest: evaluation.conflictOfInterest,
    sampleRandomised: evaluation.sampleRandomised,
    sampleAnalysed: evaluation.sampleAnalysed,
    comparison: evaluation.comparison,
    registrationId: evaluation.registrationId,
    verification: evaluation.verification,
    verificationComment: rights.seesComment ? evaluation.verificationComment : null,
    citation: evaluation.citation,
    doi: evaluation.doi,
    summary: evaluation.summary,
    outcomes: byPosition(evaluation.outcomes).map(toOutcome),
    author: toAuthor(evaluation.author),
    createdAt: evaluation.createdAt.toISOString(),
    updatedAt: evaluation.updatedAt.toISOString(),
    canEdit: rights.canEdit,
    canVerify: rights.canVerify,
  };
}

/** What the rating rule reads of an evaluation (`outcomes` loaded). */
export function toRatingInput(evaluation: EvaluationEntity): RatingInput {
  return {
    id: evaluation.id,
    design: evaluation.design,
    riskOfBias: evaluation.riskOfBias,
    verification: evaluation.verification,
    independence: evaluation.independence,
    sampleSize: evaluation.sampleSize,
    sampleRandomised: evaluation.sampleRandomised,
    sampleAnalysed: evaluation.sampleAnalysed,
    outcomes: evaluation.outcomes ?? [],
  };
}
