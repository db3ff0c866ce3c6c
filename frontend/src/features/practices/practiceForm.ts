import type {
  CreatePracticeRequest,
  PracticeContent,
  PreventionLevel,
  ResourceSummary,
  Setting,
  SurvivorInvolvement,
  TargetGroup,
  UpdatePracticeRequest,
  createPracticeSchema,
} from '@pn/shared';
import type { z } from 'zod';
import { CONTENT_FIELDS } from './revisionDiff';

/**
 * The form's fields: a practice's text, in the order the page shows it (the related resources are chosen in
 * the picker instead of typed as ids).
 */
export const PRACTICE_FORM_FIELDS = CONTENT_FIELDS;
export type PracticeFormField = (typeof PRACTICE_FORM_FIELDS)[number];

/** What the form holds while it is being filled in: texts as typed, a level not chosen yet as ''. */
export interface PracticeFormValues {
  title: string;
  summary: string;
  description: string;
  language: string;
  targetGroups: TargetGroup[];
  preventionLevel: PreventionLevel | '';
  settings: Setting[];
  countries: string[];
  languages: string[];
  organisation: string;
  contact: string;
  /** As typed; turned into a number (or null) when sent. */
  startYear: string;
  survivorInvolvement: SurvivorInvolvement;
  survivorNote: string;
  mechanism: string;
  context: string;
  implementation: string;
  cost: string;
  /** Shown by title in the picker; sent as ids. */
  relatedResources: ResourceSummary[];
}

/** A new practice, written in the reader's interface language unless they choose another. */
export function emptyPracticeValues(language: string): PracticeFormValues {
  return {
    title: '',
    summary: '',
    description: '',
    language,
    targetGroups: [],
    preventionLevel: '',
    settings: [],
    countries: [],
    languages: [],
    organisation: '',
    contact: '',
    startYear: '',
    survivorInvolvement: 'none',
    survivorNote: '',
    mechanism: '',
    context: '',
    implementation: '',
    cost: '',
    relatedResources: [],
  };
}

/**
 * The form filled with a practice's text. `resources` are the related resources the reader may see; an id
 * among `relatedResourceIds` that is not among them (a resource they may not see) is kept as a bare entry so
 * that saving does not drop it.
 */
export function valuesFromContent(content: PracticeContent, resources: readonly ResourceSummary[]): PracticeFormValues {
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  return {
    title: content.title,
    summary: content.summary,
    description: content.description,
    language: content.language,
    targetGroups: [...content.targetGroups],
    preventionLevel: content.preventionLevel,
    settings: [...content.settings],
    countries: [...content.countries],
    languages: [...content.languages],
    organisation: content.organisation,
    contact: content.contact ?? '',
    startYear: content.startYear === null ? '' : String(content.startYear),
    survivorInvolvement: content.survivorInvolvement,
    survivorNote: content.survivorNote ?? '',
    mechanism: content.mechanism ?? '',
    context: content.context ?? '',
    implementation: content.implementation ?? '',
    cost: content.cost ?? '',
    relatedResources: content.relatedResourceIds.map(
      (id) => byId.get(id) ?? { id, title: id, type: 'other', language: '', country: '', removed: false },
    ),
  };
}

/** A year as typed: empty is "not given" (null); anything else is left for the schema to judge. */
function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The body of POST /api/practices for the form's values, before validation. A level not chosen is left for
 * the schema to refuse; the survivors' note goes only with some involvement (the field is hidden otherwise).
 */
export function toPracticeRequest(values: PracticeFormValues): CreatePracticeRequest {
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    language: values.language,
    targetGroups: values.targetGroups,
    preventionLevel: values.preventionLevel as PreventionLevel,
    settings: values.settings,
    countries: values.countries,
    languages: values.languages,
    organisation: values.organisation,
    contact: values.contact,
    startYear: parseYear(values.startYear),
    survivorInvolvement: values.survivorInvolvement,
    survivorNote: values.survivorInvolvement === 'none' ? null : values.survivorNote,
    mechanism: values.mechanism,
    context: values.context,
    implementation: values.implementation,
    cost: values.cost,
    relatedResourceIds: values.relatedResources.map((resource) => resource.id),
  };
}

type ParsedPractice = z.output<typeof createPracticeSchema>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of a validated form that differ from the practice's text: the body of a PATCH (empty when
 * nothing changed). Compared after the schema's trimming, so that spaces alone are no change.
 */
export function changedPracticeFields(content: PracticeContent, parsed: ParsedPractice): UpdatePracticeRequest {
  const changes: Record<string, unknown> = {};
  for (const field of PRACTICE_FORM_FIELDS) {
    const next = parsed[field];
    if (!sameValue(content[field], next)) changes[field] = next ?? null;
  }
  return changes as UpdatePracticeRequest;
}
