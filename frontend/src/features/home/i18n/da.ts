import type { TranslationShape } from '../../../i18n/types';
import type { homeEn } from './en';

/** Dansk. */
export const homeDa: TranslationShape<typeof homeEn> = {
  home: {
    visitor: {
      pageTitle: 'Velkommen',
      title: 'Sammen om at forebygge seksuelle overgreb mod børn',
      lead: 'Prevention Network samler de praktikere og forskere, der forebygger seksuelle overgreb mod børn, så det, der virker, bliver delt, afprøvet og taget i brug på tværs af lande i stedet for at blive opfundet igen i hvert land.',
      apply: 'Ansøg om medlemskab',
      signIn: 'Log ind',
      whoTitle: 'Hvem netværket er for',
      who: {
        practitioners: {
          title: 'Praktikere',
          text: 'Sundhedsprofessionelle, socialrådgivere, undervisere, politi, retsvæsen, kriminalforsorg og politiske beslutningstagere, der arbejder med forebyggelse.',
        },
        researchers: {
          title: 'Forskere',
          text: 'Forskere, der undersøger, hvorfor overgreb sker, og evaluerer forebyggende programmer, og som vil have deres resultater brugt i praksis.',
        },
        coordinators: {
          title: 'Koordinatorer',
          text: 'Koordinatorer, der godkender medlemmer, modererer arbejdsgrupper og kuraterer biblioteket af god praksis.',
        },
      },
      circleTitle: 'En god cirkel',
      circleIntro: 'Netværket lukker kløften mellem praksis og forskning:',
      circle: {
        research: 'Forskere giver praktikere videnskabeligt afprøvede indsatser sammen med dokumentationen for dem.',
        feedback: 'Praktikere giver forskere løbende tilbagemeldinger fra arbejdet med at bruge dem.',
        curation:
          'Koordinatorer samler det, der viser sig at virke, i et bibliotek af god praksis, som alle lande kan tage i brug, tilpasse og oversætte i stedet for at starte forfra.',
        survivors: 'Ofres og overleveres perspektiv er en synlig del af arbejdet.',
        reach: 'Rækkevidden er global: medlemmer i og uden for EU, og offentliggjort god praksis er åben for alle.',
      },
      vettingTitle: 'Et netværk af anerkendte fagfolk',
      vettingText:
        'Fordi emnet er følsomt, bliver hver ansøgning gennemgået af en koordinator, før kontoen åbnes. Du kan logge ind, mens du venter, og se, hvordan det går med din ansøgning.',
      applyLink: 'Ansøg om at blive medlem af netværket',
    },
    member: {
      pageTitle: 'Forside',
      title: 'Velkommen, {{name}}',
      lead: 'Her er dit udgangspunkt i netværket.',
      meetingsTitle: 'Dine næste møder',
      groupsTitle: 'Mine grupper',
      shortcutsTitle: 'Genveje',
      groupsLink: 'Se arbejdsgrupperne',
      notificationsLink: 'Dine notifikationer',
      profileLink: 'Rediger din profil',
      vettingLink: 'Gennemgå ansøgninger om medlemskab',
    },
  },
};
