/** The texts of this feature in English, the reference language. */
export const authEn = {
  auth: {
    login: {
      title: 'Sign in',
      submit: 'Sign in',
      submitting: 'Signing in…',
      signInToContinue: 'Please sign in to continue.',
      noAccount: 'Not a member yet?',
      applyLink: 'Apply to join',
      passkeyIntro: 'Have a passkey for this site? Sign in with it instead, without a password.',
      passkey: 'Sign in with a passkey',
      passkeyBusy: 'Waiting for your passkey…',
    },
    register: {
      title: 'Apply to join',
      intro:
        'Tell us who you are and where you work. A coordinator reviews every application before the account is opened.',
      accountLegend: 'Your account',
      aboutLegend: 'About you',
      reviewNote:
        'After you send your application you are signed in and can see its status. You will have full access once a coordinator has approved it.',
      submit: 'Send application',
      submitting: 'Sending…',
      haveAccount: 'Already a member?',
      signInLink: 'Sign in',
    },
    pending: {
      title: 'Your application is being reviewed',
      text: 'Thank you for applying. Your application is being reviewed by a coordinator. You will have full access to the network once it has been approved.',
      nextTitle: 'What happens next',
      steps: {
        received: 'We received your application on {{date}}.',
        review: 'A coordinator checks that you work in prevention or research in this field.',
        access: 'Once it is approved, this page takes you into the network by itself.',
      },
      profileLink: 'View or edit your profile',
    },
    suspended: {
      title: 'Your account is suspended',
      text: 'Your account has been suspended by an administrator, so you cannot take part in the network at the moment. You can still see your profile, download your data or erase your account.',
    },
    secondFactor: {
      title: 'Second step',
      totpIntro:
        'Your account is protected by a second factor. Enter the 6-digit code your authenticator app shows now.',
      passkeyIntro: 'Your account is protected by a passkey. Use it to finish signing in.',
      recoveryIntro:
        'Enter one of the recovery codes you saved when you set up your second factor. Each code works once.',
      codeLabel: 'Code from your authenticator app',
      recoveryLabel: 'Recovery code',
      submit: 'Verify',
      submitting: 'Verifying…',
      usePasskey: 'Use a passkey',
      usingPasskey: 'Waiting for your passkey…',
      useRecoveryCode: 'Use a recovery code',
      useAuthenticator: 'Use your authenticator app instead',
      usePasskeyInstead: 'Use your passkey instead',
      expired: 'This sign-in has expired, or too many wrong codes were tried. Please enter your password again.',
      startOver: 'Sign in again',
    },
    errors: {
      wrongCode: 'That code is not right. Check the time on your phone and enter the code the app shows now.',
      wrongRecoveryCode: 'That recovery code is not right, or it has been used already.',
      passkeyFailed: 'The passkey could not be used. Try again, or use another way to sign in.',
      passkeyUnknown: 'This passkey is not known here. It may have been removed: sign in with your password.',
    },
  },
};
