import type { TranslationShape } from '../../../i18n/types';
import type { moderationEn } from './en';

/** Svenska. */
export const moderationSv: TranslationShape<typeof moderationEn> = {
  moderation: {
    nav: {
      label: 'Moderering',
      waiting_one: 'Moderering, {{count}} väntar',
      waiting_other: 'Moderering, {{count}} väntar',
      none: 'Moderering, inget väntar',
    },
    page: {
      title: 'Moderering',
      intro: 'Allt som väntar på ditt beslut, i grupperna du samordnar och i hela nätverket.',
      sectionsLabel: 'Typer av moderering',
      waiting_one: '({{count}} väntar)',
      waiting_other: '({{count}} väntar)',
    },
    flags: {
      titleCount_one: 'Flaggade meddelanden ({{count}})',
      titleCount_other: 'Flaggade meddelanden ({{count}})',
      emptyTitle: 'Inga flaggade meddelanden',
      emptyText: 'När en medlem flaggar ett meddelande i en grupp du samordnar visas det här.',
    },
    requests: {
      titleCount_one: 'Förfrågningar om medlemskap ({{count}})',
      titleCount_other: 'Förfrågningar om medlemskap ({{count}})',
      emptyTitle: 'Inga förfrågningar om medlemskap',
      emptyText: 'När någon ber att få gå med i en grupp du samordnar visas förfrågan här.',
    },
    applications: {
      titleCount_one: 'Ansökningar till nätverket ({{count}})',
      titleCount_other: 'Ansökningar till nätverket ({{count}})',
      waiting_one: '{{count}} ansökan väntar på granskning.',
      waiting_other: '{{count}} ansökningar väntar på granskning.',
      none: 'Inga ansökningar väntar på granskning.',
      link: 'Öppna ansökningarna',
    },
    curation: {
      titleCount_one: 'Praktiker som väntar på granskning ({{count}})',
      titleCount_other: 'Praktiker som väntar på granskning ({{count}})',
      waiting_one: '{{count}} praktik väntar på ett granskningsbeslut.',
      waiting_other: '{{count}} praktiker väntar på ett granskningsbeslut.',
      none: 'Inga praktiker väntar på ett granskningsbeslut.',
      link: 'Öppna granskningen',
    },
  },
};
