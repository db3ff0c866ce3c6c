import type { createPracticeSchema } from '@pn/shared';
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { PracticeResourceEntity } from './practice-resource.entity';
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

/** The related resource ids of some revisions of a practice, each in the author's order. */
export async function resourceIdsOf(
  manager: EntityManager,
  practiceId: string,
  numbers: number[],
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(numbers.map((number) => [number, []]));
  if (numbers.length === 0) return result;
  const rows = await manager.find(PracticeResourceEntity, {
    where: { practiceId, revision: In(numbers) },
    order: { position: 'ASC' },
  });
  for (const row of rows) result.get(row.revision)?.push(row.resourceId);
  return result;
}

/** Replaces the related resources of a revision. */
export async function writeResources(
  manager: EntityManager,
  practiceId: string,
  revision: number,
  resourceIds: string[],
): Promise<void> {
  await manager.delete(PracticeResourceEntity, { practiceId, revision });
  if (resourceIds.length === 0) return;
  await manager.insert(
    PracticeResourceEntity,
    resourceIds.map((resourceId, position) => ({ practiceId, revision, resourceId, position })),
  );
}
