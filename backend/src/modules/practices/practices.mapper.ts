import type { PracticeContent, PracticeRevision, PracticeSummary } from '@pn/shared';
import { toAuthor } from '../users/author.mapper';
import type { PracticeRevisionEntity } from './practice-revision.entity';
import type { PracticeSummaryRow } from './practice-list.query';
import { isArchiveProposed, ratingReviewReasons } from './practices.policy';
import { slugOf } from './slug';

/** The text of a revision, with the ids of its related resources in the author's order. */
export function toPracticeContent(revision: PracticeRevisionEntity, relatedResourceIds: string[]): PracticeContent {
  return {
    title: revision.title,
    summary: revision.summary,
    description: revision.description,
    language: revision.language,
    targetGroups: revision.targetGroups,
    preventionLevel: revision.preventionLevel,
    settings: revision.settings,
    countries: revision.countries,
    languages: revision.languages,
    organisation: revision.organisation,
    contact: revision.contact,
    startYear: revision.startYear,
    survivorInvolvement: revision.survivorInvolvement,
    survivorNote: revision.survivorNote,
    mechanism: revision.mechanism,
    context: revision.context,
    implementation: revision.implementation,
    cost: revision.cost,
    relatedResourceIds,
  };
}

/** As lists show a practice: from the practice row alone. */
export function toPracticeSummary(practice: PracticeSummaryRow, now = new Date()): PracticeSummary {
  return {
    id: practice.id,
    slug: slugOf(practice.title),
    title: practice.title,
    summary: practice.summary,
    language: practice.language,
    targetGroups: practice.targetGroups,
    preventionLevel: practice.preventionLevel,
    settings: practice.settings,
    countries: practice.countries,
    organisation: practice.organisation,
    curationLabel: practice.curationLabel,
    evidenceRating: { ...practice.evidenceRating, reviewDue: ratingReviewReasons(practice, now).length > 0 },
    feedbackCount: practice.feedbackCount,
    archiveProposed: isArchiveProposed(practice, now),
    updatedAt: practice.updatedAt.toISOString(),
  };
}

/** `author` loaded. */
export function toPracticeRevision(revision: PracticeRevisionEntity, relatedResourceIds: string[]): PracticeRevision {
  return {
    number: revision.number,
    content: toPracticeContent(revision, relatedResourceIds),
    state: revision.state,
    author: toAuthor(revision.author),
    createdAt: revision.createdAt.toISOString(),
    publishedAt: revision.publishedAt?.toISOString() ?? null,
    reviewComment: revision.reviewComment,
  };
}
