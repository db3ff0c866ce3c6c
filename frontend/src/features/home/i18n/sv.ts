import type { TranslationShape } from '../../../i18n/types';
import type { homeEn } from './en';

/** Svenska. */
export const homeSv: TranslationShape<typeof homeEn> = {
  home: {
    visitor: {
      pageTitle: 'Välkommen',
      title: 'Tillsammans för att förebygga sexuella övergrepp mot barn',
      lead: 'Prevention Network samlar de praktiker och forskare som förebygger sexuella övergrepp mot barn, så att det som fungerar delas, prövas och tas i bruk i olika länder i stället för att uppfinnas på nytt i varje land.',
      apply: 'Ansök om medlemskap',
      signIn: 'Logga in',
      whoTitle: 'Vilka nätverket är till för',
      who: {
        practitioners: {
          title: 'Praktiker',
          text: 'Hälso- och sjukvårdspersonal, socialarbetare, pedagoger, polis, rättsväsende, kriminalvård och beslutsfattare som arbetar förebyggande.',
        },
        researchers: {
          title: 'Forskare',
          text: 'Forskare som studerar varför övergrepp sker och utvärderar förebyggande program, och som vill att deras resultat används i praktiken.',
        },
        coordinators: {
          title: 'Samordnare',
          text: 'Samordnare som granskar nya medlemmar, modererar arbetsgrupper och förvaltar biblioteket av goda exempel.',
        },
      },
      circleTitle: 'En god cirkel',
      circleIntro: 'Nätverket sluter gapet mellan praktik och forskning:',
      circle: {
        research: 'Forskare ger praktiker vetenskapligt prövade insatser, tillsammans med underlaget för dem.',
        feedback: 'Praktiker ger forskare löpande återkoppling från arbetet med att genomföra dem.',
        curation:
          'Samordnare samlar det som visar sig fungera i ett bibliotek av goda exempel som alla länder kan ta i bruk, anpassa och översätta i stället för att börja om från början.',
        survivors: 'Brottsoffers och överlevares perspektiv är en synlig del av arbetet.',
        reach: 'Räckvidden är global: medlemmar i och utanför EU, och publicerade goda exempel är öppna för alla.',
      },
      vettingTitle: 'Ett nätverk av erkända yrkesverksamma',
      vettingText:
        'Eftersom ämnet är känsligt granskas varje ansökan av en samordnare innan kontot öppnas. Du kan logga in medan du väntar och se hur det går med din ansökan.',
      applyLink: 'Ansök om medlemskap i nätverket',
    },
    member: {
      pageTitle: 'Startsida',
      title: 'Välkommen, {{name}}',
      lead: 'Här är din utgångspunkt i nätverket.',
      meetingsTitle: 'Dina nästa möten',
      groupsTitle: 'Mina grupper',
      shortcutsTitle: 'Genvägar',
      groupsLink: 'Se arbetsgrupperna',
      notificationsLink: 'Dina aviseringar',
      profileLink: 'Redigera din profil',
      vettingLink: 'Granska ansökningar om medlemskap',
    },
  },
};
