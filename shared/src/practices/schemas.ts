import { z } from 'zod';
import {
  countryCode,
  languageCode,
  optionalTextBlock,
  searchText,
  sequenceNumber,
  textBlock,
  textLine,
  uuid,
} from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { OUTCOME_CONSTRUCTS, RATING_DIRECTIONS } from '../evaluations/vocabularies';
import {
  CURATION_LABELS,
  PREVENTION_LEVELS,
  REVIEW_DECISIONS,
  SETTINGS,
  SURVIVOR_INVOLVEMENTS,
  TARGET_GROUPS,
} from './vocabularies';

export const PRACTICE_LIMITS = {
  titleMax: 200,
  summaryMax: 300,
  descriptionMax: 20_000,
  /** Mechanism, context, implementation and cost: the EMMIE elements. */
  elementMax: 4000,
  organisationMax: 200,
  contactMax: 300,
  countriesMax: 60,
  languagesMax: 30,
  relatedResourcesMax: 20,
  survivorNoteMax: 2000,
  commentMax: 2000,
  startYearMin: 1950,
  feedbackTextMax: 4000,
  reachedMax: 100_000_000,
} as const;

const longText = textBlock;
/** Left empty, it is stored as null. */
const optionalText = (max: number) =>
  optionalTextBlock(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();
const uniqueList = <T extends z.ZodType>(item: T, max: number, what: string, min = 0) =>
  z
    .array(item)
    .min(min, `must name at least ${min} of the ${what}`)
    .max(max, `must list at most ${max} ${what}`)
    .transform((list) => [...new Set(list)] as z.output<T>[]);

const practiceFields = {
  title: textLine(PRACTICE_LIMITS.titleMax),
  summary: longText(PRACTICE_LIMITS.summaryMax),
  description: longText(PRACTICE_LIMITS.descriptionMax),
  /** The language the entry is written in. */
  language: languageCode,
  targetGroups: uniqueList(z.enum(TARGET_GROUPS), TARGET_GROUPS.length, 'target groups', 1),
  preventionLevel: z.enum(PREVENTION_LEVELS),
  settings: uniqueList(z.enum(SETTINGS), SETTINGS.length, 'settings', 1),
  /** Where it is implemented. */
  countries: uniqueList(countryCode, PRACTICE_LIMITS.countriesMax, 'countries'),
  /** Languages it is available in. */
  languages: uniqueList(languageCode, PRACTICE_LIMITS.languagesMax, 'languages'),
  organisation: textLine(PRACTICE_LIMITS.organisationMax),
  /** How to reach the people who run it: a name, an address, a website. Shown publicly once published. */
  contact: optionalText(PRACTICE_LIMITS.contactMax).optional(),
  startYear: z
    .number()
    .int('must be a whole year')
    .min(PRACTICE_LIMITS.startYearMin, `must be ${PRACTICE_LIMITS.startYearMin} or later`)
    .max(new Date().getUTCFullYear() + 1, 'must not be in the future')
    .nullable()
    .optional(),
  survivorInvolvement: z.enum(SURVIVOR_INVOLVEMENTS),
  /** How the victims' or survivors' perspective shaped it. */
  survivorNote: optionalText(PRACTICE_LIMITS.survivorNoteMax).optional(),
  mechanism: optionalText(PRACTICE_LIMITS.elementMax).optional(),
  context: optionalText(PRACTICE_LIMITS.elementMax).optional(),
  implementation: optionalText(PRACTICE_LIMITS.elementMax).optional(),
  cost: optionalText(PRACTICE_LIMITS.elementMax).optional(),
  relatedResourceIds: uniqueList(uuid, PRACTICE_LIMITS.relatedResourcesMax, 'resources'),
};

/** A new practice starts as a draft of its author. */
export const createPracticeSchema = z.strictObject({
  ...practiceFields,
  survivorInvolvement: practiceFields.survivorInvolvement.default('none'),
  relatedResourceIds: practiceFields.relatedResourceIds.default([]),
});
export type CreatePracticeRequest = z.input<typeof createPracticeSchema>;

/**
 * The author changes a draft or returned practice in place; a change to a published one becomes a new
 * revision that goes to review while the published text stays visible.
 */
export const updatePracticeSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(practiceFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof practiceFields]: z.ZodOptional<(typeof practiceFields)[K]>;
    },
  )
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' });
export type UpdatePracticeRequest = z.input<typeof updatePracticeSchema>;

export const reviewPracticeSchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comment: optionalTextBlock(PRACTICE_LIMITS.commentMax).optional(),
  })
  .refine((body) => body.decision !== 'return' || (body.comment ?? '') !== '', {
    message: 'a returned practice needs a comment saying why',
    path: ['comment'],
  });
export type ReviewPracticeRequest = z.input<typeof reviewPracticeSchema>;

export const listPracticesQuerySchema = pageQuerySchema.extend({
  q: searchText(200).optional(),
  /** Curation label. Visitors and members see published practices; other labels are for the author's own and coordinators. */
  status: z.enum([...CURATION_LABELS, 'published', 'archive-proposed'] as const).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  preventionLevel: z.enum(PREVENTION_LEVELS).optional(),
  setting: z.enum(SETTINGS).optional(),
  country: countryCode.optional(),
  language: languageCode.optional(),
  /** Practices with at least one outcome rated this way. */
  rating: z.enum(RATING_DIRECTIONS).optional(),
  /** At least this strength of evidence on one outcome. */
  minStrength: z.coerce.number().int().min(0).max(4).optional(),
  /** Practices with a verified evaluation that measured this outcome construct (a cell of the gap map). */
  construct: z.enum(OUTCOME_CONSTRUCTS).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  /**
   * `false`: published practices that no evaluation can rate (strength 0 on every outcome), the registries'
   * "reviewed, not rated" list; `true`: those rated on at least one outcome. Published ones only either way.
   */
  rated: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListPracticesQuery = z.input<typeof listPracticesQuerySchema>;

export const revisionParamSchema = z.object({ id: uuid, number: sequenceNumber });

export const createFeedbackSchema = z.strictObject({
  country: countryCode,
  setting: z.enum(SETTINGS),
  /** How many people the implementation reached. */
  reached: z.number().int('must be a whole number').min(0, 'must not be negative').max(PRACTICE_LIMITS.reachedMax),
  worked: longText(PRACTICE_LIMITS.feedbackTextMax),
  didNotWork: longText(PRACTICE_LIMITS.feedbackTextMax),
  usefulness: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
});
export type CreateFeedbackRequest = z.input<typeof createFeedbackSchema>;
