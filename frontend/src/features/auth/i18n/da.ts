import type { TranslationShape } from '../../../i18n/types';
import type { authEn } from './en';

/** Dansk. */
export const authDa: TranslationShape<typeof authEn> = {
  auth: {
    login: {
      title: 'Log ind',
      submit: 'Log ind',
      submitting: 'Logger ind…',
      signInToContinue: 'Log ind for at fortsætte.',
      noAccount: 'Ikke medlem endnu?',
      applyLink: 'Ansøg om medlemskab',
      passkeyIntro: 'Har du en adgangsnøgle til dette websted? Log ind med den i stedet, uden adgangskode.',
      passkey: 'Log ind med en adgangsnøgle',
      passkeyBusy: 'Venter på din adgangsnøgle…',
    },
    register: {
      title: 'Ansøg om medlemskab',
      intro: 'Fortæl os, hvem du er, og hvor du arbejder. En koordinator gennemgår hver ansøgning, før kontoen åbnes.',
      accountLegend: 'Din konto',
      aboutLegend: 'Om dig',
      reviewNote:
        'Når du har sendt din ansøgning, er du logget ind og kan følge dens status. Du får fuld adgang, når en koordinator har godkendt den.',
      submit: 'Send ansøgning',
      submitting: 'Sender…',
      haveAccount: 'Allerede medlem?',
      signInLink: 'Log ind',
    },
    pending: {
      title: 'Din ansøgning bliver behandlet',
      text: 'Tak for din ansøgning. Den bliver gennemgået af en koordinator. Du får fuld adgang til netværket, når den er godkendt.',
      nextTitle: 'Hvad sker der nu',
      steps: {
        received: 'Vi modtog din ansøgning den {{date}}.',
        review: 'En koordinator tjekker, at du arbejder med forebyggelse eller forskning på området.',
        access: 'Når ansøgningen er godkendt, fører denne side dig selv videre ind i netværket.',
      },
      profileLink: 'Se eller rediger din profil',
    },
    suspended: {
      title: 'Din konto er suspenderet',
      text: 'Din konto er suspenderet af en administrator, så du kan ikke deltage i netværket lige nu. Du kan stadig se din profil, downloade dine data eller slette din konto.',
    },
    secondFactor: {
      title: 'Andet trin',
      totpIntro:
        'Din konto er beskyttet af en ekstra faktor. Indtast den 6-cifrede kode, som din godkendelsesapp viser nu.',
      passkeyIntro: 'Din konto er beskyttet af en adgangsnøgle. Brug den til at gøre login færdigt.',
      recoveryIntro:
        'Indtast en af de gendannelseskoder, du gemte, da du satte din ekstra faktor op. Hver kode virker én gang.',
      codeLabel: 'Kode fra din godkendelsesapp',
      recoveryLabel: 'Gendannelseskode',
      submit: 'Bekræft',
      submitting: 'Bekræfter…',
      usePasskey: 'Brug en adgangsnøgle',
      usingPasskey: 'Venter på din adgangsnøgle…',
      useRecoveryCode: 'Brug en gendannelseskode',
      useAuthenticator: 'Brug din godkendelsesapp i stedet',
      usePasskeyInstead: 'Brug din adgangsnøgle i stedet',
      expired: 'Dette login er udløbet, eller der er prøvet for mange forkerte koder. Indtast din adgangskode igen.',
      startOver: 'Log ind igen',
    },
    errors: {
      wrongCode: 'Koden er ikke rigtig. Tjek klokken på din telefon, og indtast den kode, appen viser nu.',
      wrongRecoveryCode: 'Gendannelseskoden er ikke rigtig, eller den er allerede brugt.',
      passkeyFailed: 'Adgangsnøglen kunne ikke bruges. Prøv igen, eller log ind på en anden måde.',
      passkeyUnknown: 'Denne adgangsnøgle kendes ikke her. Den er måske fjernet: log ind med din adgangskode.',
    },
  },
};
