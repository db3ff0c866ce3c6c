import type { TranslationShape } from '../../../i18n/types';
import type { searchEn } from './en';

/** Dansk. */
export const searchDa: TranslationShape<typeof searchEn> = {
  search: {
    box: {
      region: 'Søg i netværket',
      label: 'Søg',
      placeholder: 'Søg (tryk /)',
      placeholderTouch: 'Søg',
      suggestions: 'Forslag',
      count_one: '{{count}} forslag. Brug piletasterne til at vælge det.',
      count_other: '{{count}} forslag. Brug piletasterne til at vælge et.',
    },
    kinds: {
      practice: 'God praksis',
      evaluation: 'Evaluering',
      resource: 'Materiale',
      message: 'Diskussion',
    },
    page: {
      title: 'Søg',
      titleFor: 'Søg: {{q}}',
      formLabel: 'Ændr søgningen',
      field: 'Søg efter',
      submit: 'Søg',
      syntax:
        'Alle ordene skal findes, i en hvilken som helst bøjning. Brug "anførselstegn" om en frase, -ord for at udelade et ord, or mellem alternativer og * sidst i et ord for at finde ord, der begynder sådan.',
      startTitle: 'Hvad leder du efter?',
      startText:
        'Søg i god praksis, evalueringer, materialer og de diskussioner, du har adgang til, på alle netværkets sprog.',
      searching: 'Søger…',
      failedTitle: 'Søgningen kunne ikke udføres',
      resultsTitle: 'Resultater',
      resultsLabel: 'Søgeresultater',
      total_one: '{{count}} resultat for “{{q}}”',
      total_other: '{{count}} resultater for “{{q}}”',
      totalCapped: 'Mere end {{count}} resultater for “{{q}}”: de {{count}} nyeste er rangeret og talt',
      fuzzy: 'Viser lignende resultater: intet passede præcist til dine ord.',
      noMatchTitle: 'Intet fundet',
      noMatchText: 'Prøv andre eller færre ord, eller afslut et ord med * for at finde ord, der begynder sådan.',
      noMatchFiltered: 'Intet fundet med disse filtre. Ryd dem for at søge i alt.',
      keysHint: 'Tryk j og k eller piletasterne for at gå mellem resultaterne.',
    },
    facets: {
      title: 'Afgræns resultaterne',
      clear: 'Ryd filtre',
      kind: 'Slags',
      type: 'Materialetype',
      language: 'Sprog',
      country: 'Land',
      targetGroup: 'Målgruppe',
      rating: 'Evidensvurdering',
    },
  },
};
