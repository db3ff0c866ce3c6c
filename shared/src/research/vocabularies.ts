/** Where a research question stands: raised, a researcher plans it, the study runs, an evaluation answers it. */
export const RESEARCH_QUESTION_STATUSES = ['open', 'planned', 'under-way', 'answered'] as const;
export type ResearchQuestionStatus = (typeof RESEARCH_QUESTION_STATUSES)[number];

/** The open licence of everything the open-data export carries. */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
