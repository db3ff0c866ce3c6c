import type { TranslationShape } from '../../../i18n/types';
import type { profileEn } from './en';

/** Dansk. */
export const profileDa: TranslationShape<typeof profileEn> = {
  profile: {
    title: 'Min profil',
    account: {
      title: 'Konto',
      applied: 'Ansøgt den',
      approved: 'Godkendt den',
      emailNote: 'Din e-mailadresse bruges til at logge ind og vises aldrig for andre medlemmer.',
    },
    details: {
      title: 'Profiloplysninger',
      submit: 'Gem profil',
      saved: 'Din profil er gemt.',
    },
    password: {
      title: 'Skift adgangskode',
      intro: 'Når du skifter adgangskode, bliver du logget ud på dine andre enheder.',
      submit: 'Skift adgangskode',
      changed: 'Din adgangskode er ændret.',
    },
    export: {
      title: 'Download dine data',
      text: 'Få en kopi af alt, hvad netværket har om din konto, som en fil med navnet {{file}}.',
      button: 'Download mine data',
      preparing: 'Gør downloaden klar…',
      done: 'Dine data er downloadet.',
    },
    erase: {
      title: 'Slet din konto',
      text: 'Når du sletter din konto, fjernes dine personoplysninger, og du bliver logget ud. Det, du har bidraget med, bliver, men uden dit navn.',
      button: 'Slet min konto…',
      dialogTitle: 'Slet din konto?',
      dialogText: 'Det sker der, når du sletter din konto:',
      consequences: {
        anonymised: 'Dit navn, din e-mailadresse og dine øvrige oplysninger fjernes.',
        content: 'Det, du har bidraget med, bliver i netværket og vises som fra en slettet konto.',
        signedOut: 'Du bliver logget ud overalt og kan ikke logge ind igen.',
        final: 'Det kan ikke fortrydes.',
      },
      confirmWord: 'SLET',
      confirm: 'Slet min konto',
      erasing: 'Sletter…',
    },
  },
  publicProfile: {
    title: 'Medlem',
    memberSince: 'Medlem siden',
  },
};
