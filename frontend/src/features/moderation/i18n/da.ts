import type { TranslationShape } from '../../../i18n/types';
import type { moderationEn } from './en';

/** Dansk. */
export const moderationDa: TranslationShape<typeof moderationEn> = {
  moderation: {
    nav: {
      label: 'Moderation',
      waiting_one: 'Moderation, {{count}} venter',
      waiting_other: 'Moderation, {{count}} venter',
      none: 'Moderation, intet venter',
    },
    page: {
      title: 'Moderation',
      intro: 'Alt, der venter på din beslutning, i de grupper du koordinerer og i hele netværket.',
      sectionsLabel: 'Typer af moderation',
      waiting_one: '({{count}} venter)',
      waiting_other: '({{count}} venter)',
    },
    flags: {
      titleCount_one: 'Anmeldte beskeder ({{count}})',
      titleCount_other: 'Anmeldte beskeder ({{count}})',
      emptyTitle: 'Ingen anmeldte beskeder',
      emptyText: 'Når et medlem anmelder en besked i en gruppe, du koordinerer, vises den her.',
    },
    requests: {
      titleCount_one: 'Anmodninger om medlemskab ({{count}})',
      titleCount_other: 'Anmodninger om medlemskab ({{count}})',
      emptyTitle: 'Ingen anmodninger om medlemskab',
      emptyText: 'Når nogen beder om at blive medlem af en gruppe, du koordinerer, vises anmodningen her.',
    },
    applications: {
      titleCount_one: 'Ansøgninger til netværket ({{count}})',
      titleCount_other: 'Ansøgninger til netværket ({{count}})',
      waiting_one: '{{count}} ansøgning venter på godkendelse.',
      waiting_other: '{{count}} ansøgninger venter på godkendelse.',
      none: 'Ingen ansøgninger venter på godkendelse.',
      link: 'Åbn ansøgningerne',
    },
    curation: {
      titleCount_one: 'Praksisser, der venter på kuratering ({{count}})',
      titleCount_other: 'Praksisser, der venter på kuratering ({{count}})',
      waiting_one: '{{count}} praksis venter på en kurateringsbeslutning.',
      waiting_other: '{{count}} praksisser venter på en kurateringsbeslutning.',
      none: 'Ingen praksisser venter på en kurateringsbeslutning.',
      link: 'Åbn kuratering',
    },
  },
};
