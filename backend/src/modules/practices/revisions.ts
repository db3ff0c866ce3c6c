import type { createPracticeSchema } from '@pn/shared';
import type { z } from 'zod';
import type { PracticeRevisionEntity } from './practice-revision.entity';
import type { PracticeEntity } from './practice.entity';

type Content = Omit<z.output<typeof createPracticeSchema>, 'relatedResourceIds'>;

/** The columns of a revision's text, from a request (fields left out are empty). */
export function contentColumns(content: Content) {
  return {
    title: content.title,
    summary: content.summary,
    description: content.description,
    language: content.language,
    targetGroups: content.targetGroups,
    preventionLevel: content.preventionLevel,
    settings: content.settings,
    countries: content.countries,
    languages: content.languages,
    organisation: content.organisation,
    contact: content.contact ?? null,
    startYear: content.startYear ?? null,
    survivorInvolvement: content.survivorInvolvement,
    survivorNote: content.survivorNote ?? null,
    mechanism: content.mechanism ?? null,
    context: content.context ?? null,
    implementation: content.implementation ?? null,
    cost: content.cost ?? null,
  };
}

/** The text of a revision, to start the next one from. */
export function copyContent(revision: PracticeRevisionEntity): ReturnType<typeof contentColumns> {
  return contentColumns(revision);
}

/** What the practice row keeps of the content it shows, for lists and filters. */
export function facetsOf(
  content: Pick<
    PracticeEntity,
    | 'title'
    | 'summary'
    | 'organisation'
    | 'language'
    | 'targetGroups'
    | 'preventionLevel'
    | 'settings'
    | 'countries'
    | 'languages'
  >,
) {
  return {
    title: content.title,
    summary: content.summary,
    organisation: content.organisation,
    language: content.language,
    targetGroups: content.targetGroups,
    preventionLevel: content.preventionLevel,
    settings: content.settings,
    countries: content.countries,
    languages: content.languages,
  };
}
