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
  },
};
