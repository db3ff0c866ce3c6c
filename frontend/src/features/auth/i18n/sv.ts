import type { TranslationShape } from '../../../i18n/types';
import type { authEn } from './en';

/** Svenska. */
export const authSv: TranslationShape<typeof authEn> = {
  auth: {
    login: {
      title: 'Logga in',
      submit: 'Logga in',
      submitting: 'Loggar in…',
      signInToContinue: 'Logga in för att fortsätta.',
      noAccount: 'Inte medlem än?',
      applyLink: 'Ansök om medlemskap',
      passkeyIntro: 'Har du en lösennyckel för den här webbplatsen? Logga in med den i stället, utan lösenord.',
      passkey: 'Logga in med en lösennyckel',
      passkeyBusy: 'Väntar på din lösennyckel…',
    },
    register: {
      title: 'Ansök om medlemskap',
      intro: 'Berätta vem du är och var du arbetar. En samordnare granskar varje ansökan innan kontot öppnas.',
      accountLegend: 'Ditt konto',
      aboutLegend: 'Om dig',
      reviewNote:
        'När du har skickat din ansökan är du inloggad och kan följa dess status. Du får full tillgång när en samordnare har godkänt den.',
      submit: 'Skicka ansökan',
      submitting: 'Skickar…',
      haveAccount: 'Redan medlem?',
      signInLink: 'Logga in',
    },
    pending: {
      title: 'Din ansökan granskas',
      text: 'Tack för din ansökan. Den granskas av en samordnare. Du får full tillgång till nätverket när den har godkänts.',
      nextTitle: 'Vad händer nu',
      steps: {
        received: 'Vi tog emot din ansökan den {{date}}.',
        review: 'En samordnare kontrollerar att du arbetar med förebyggande arbete eller forskning inom området.',
        access: 'När ansökan har godkänts tar den här sidan dig vidare in i nätverket av sig själv.',
      },
      profileLink: 'Visa eller redigera din profil',
    },
    suspended: {
      title: 'Ditt konto är avstängt',
      text: 'Ditt konto har stängts av av en administratör, så du kan inte delta i nätverket just nu. Du kan fortfarande se din profil, ladda ner dina data eller radera ditt konto.',
    },
    secondFactor: {
      title: 'Andra steget',
      totpIntro: 'Ditt konto skyddas av en extra faktor. Ange den sexsiffriga kod som din autentiseringsapp visar nu.',
      passkeyIntro: 'Ditt konto skyddas av en lösennyckel. Använd den för att slutföra inloggningen.',
      recoveryIntro:
        'Ange en av de återställningskoder du sparade när du ställde in din extra faktor. Varje kod fungerar en gång.',
      codeLabel: 'Kod från din autentiseringsapp',
      recoveryLabel: 'Återställningskod',
      submit: 'Verifiera',
      submitting: 'Verifierar…',
      usePasskey: 'Använd en lösennyckel',
      usingPasskey: 'Väntar på din lösennyckel…',
      useRecoveryCode: 'Använd en återställningskod',
      useAuthenticator: 'Använd din autentiseringsapp i stället',
      usePasskeyInstead: 'Använd din lösennyckel i stället',
      expired: 'Inloggningen har gått ut, eller så har för många felaktiga koder provats. Ange ditt lösenord igen.',
      startOver: 'Logga in igen',
    },
    errors: {
      wrongCode: 'Koden stämmer inte. Kontrollera tiden i din telefon och ange koden som appen visar nu.',
      wrongRecoveryCode: 'Återställningskoden stämmer inte, eller så har den redan använts.',
      passkeyFailed: 'Lösennyckeln kunde inte användas. Försök igen, eller logga in på ett annat sätt.',
      passkeyUnknown: 'Den här lösennyckeln är inte känd här. Den kan ha tagits bort: logga in med ditt lösenord.',
    },
  },
};
