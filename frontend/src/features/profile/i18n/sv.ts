import type { TranslationShape } from '../../../i18n/types';
import type { profileEn } from './en';

/** Svenska. */
export const profileSv: TranslationShape<typeof profileEn> = {
  profile: {
    title: 'Min profil',
    account: {
      title: 'Konto',
      applied: 'Ansökte den',
      approved: 'Godkänd den',
      emailNote: 'Din e-postadress används för att logga in och visas aldrig för andra medlemmar.',
    },
    details: {
      title: 'Profiluppgifter',
      submit: 'Spara profil',
      saved: 'Din profil har sparats.',
    },
    password: {
      title: 'Byt lösenord',
      intro: 'När du byter lösenord loggas du ut på dina andra enheter.',
      submit: 'Byt lösenord',
      changed: 'Ditt lösenord har ändrats.',
    },
    export: {
      title: 'Ladda ner dina data',
      text: 'Få en kopia av allt som nätverket har om ditt konto, som en fil med namnet {{file}}.',
      button: 'Ladda ner mina data',
      preparing: 'Förbereder nedladdningen…',
      done: 'Dina data har laddats ner.',
    },
    erase: {
      title: 'Radera ditt konto',
      text: 'När du raderar ditt konto tas dina personuppgifter bort och du loggas ut. Det du har bidragit med finns kvar, men utan ditt namn.',
      button: 'Radera mitt konto…',
      dialogTitle: 'Radera ditt konto?',
      dialogText: 'Det här händer när du raderar ditt konto:',
      consequences: {
        anonymised: 'Ditt namn, din e-postadress och dina övriga uppgifter tas bort.',
        content: 'Det du har bidragit med finns kvar i nätverket och visas som från ett raderat konto.',
        signedOut: 'Du loggas ut överallt och kan inte logga in igen.',
        final: 'Det går inte att ångra.',
      },
      confirmWord: 'RADERA',
      confirm: 'Radera mitt konto',
      erasing: 'Raderar…',
    },
  },
  publicProfile: {
    title: 'Medlem',
    memberSince: 'Medlem sedan',
  },
};
