import type { TranslationShape } from '../../../i18n/types';
import type { searchEn } from './en';

/** Svenska. */
export const searchSv: TranslationShape<typeof searchEn> = {
  search: {
    box: {
      region: 'Sök i nätverket',
      label: 'Sök',
      placeholder: 'Sök (tryck /)',
      placeholderTouch: 'Sök',
      suggestions: 'Förslag',
      count_one: '{{count}} förslag. Använd piltangenterna för att välja det.',
      count_other: '{{count}} förslag. Använd piltangenterna för att välja ett.',
    },
    kinds: {
      practice: 'Gott exempel',
      evaluation: 'Utvärdering',
      resource: 'Material',
      message: 'Diskussion',
    },
    page: {
      title: 'Sök',
      titleFor: 'Sök: {{q}}',
      formLabel: 'Ändra sökningen',
      field: 'Sök efter',
      submit: 'Sök',
      syntax:
        'Alla orden måste finnas, i vilken böjning som helst. Använd "citattecken" för en fras, -ord för att utesluta ett ord, or mellan alternativ och * sist i ett ord för att hitta ord som börjar så.',
      startTitle: 'Vad letar du efter?',
      startText:
        'Sök bland goda exempel, utvärderingar, material och de diskussioner du har tillgång till, på alla nätverkets språk.',
      searching: 'Söker…',
      failedTitle: 'Sökningen kunde inte genomföras',
      resultsTitle: 'Resultat',
      resultsLabel: 'Sökresultat',
      total_one: '{{count}} resultat för ”{{q}}”',
      total_other: '{{count}} resultat för ”{{q}}”',
      totalCapped: 'Fler än {{count}} resultat för ”{{q}}”: de {{count}} senaste är rangordnade och räknade',
      fuzzy: 'Visar liknande träffar: inget matchade dina ord exakt.',
      noMatchTitle: 'Inget hittades',
      noMatchText: 'Prova andra eller färre ord, eller avsluta ett ord med * för att hitta ord som börjar så.',
      noMatchFiltered: 'Inget hittades med de här filtren. Rensa dem för att söka bland allt.',
      keysHint: 'Tryck j och k eller piltangenterna för att flytta mellan resultaten.',
    },
    facets: {
      title: 'Avgränsa resultaten',
      clear: 'Rensa filter',
      kind: 'Typ av innehåll',
      type: 'Materialtyp',
      language: 'Språk',
      country: 'Land',
      targetGroup: 'Målgrupp',
      rating: 'Evidensbedömning',
    },
  },
};
