/** The texts of this feature in English, the reference language. */
export const profileEn = {
  profile: {
    title: 'My profile',
    account: {
      title: 'Account',
      applied: 'Applied on',
      approved: 'Approved on',
      emailNote: 'Your email address is used to sign in and is never shown to other members.',
    },
    details: {
      title: 'Profile details',
      submit: 'Save profile',
      saved: 'Your profile has been saved.',
    },
    password: {
      title: 'Change password',
      intro: 'Changing your password signs you out on your other devices.',
      submit: 'Change password',
      changed: 'Your password has been changed.',
    },
    export: {
      title: 'Download your data',
      text: 'Get a copy of everything the network holds about your account, as a file named {{file}}.',
      button: 'Download my data',
      preparing: 'Preparing the download…',
      done: 'Your data has been downloaded.',
    },
    erase: {
      title: 'Erase your account',
      text: 'Erasing your account removes your personal details and signs you out. What you contributed stays, without your name.',
      button: 'Erase my account…',
      dialogTitle: 'Erase your account?',
      dialogText: 'This is what happens when you erase your account:',
      consequences: {
        anonymised: 'Your name, email address and other details are removed.',
        content: 'What you contributed stays in the network, shown as from an erased account.',
        signedOut: 'You are signed out everywhere and cannot sign in again.',
        final: 'This cannot be undone.',
      },
      confirmWord: 'ERASE',
      confirm: 'Erase my account',
      erasing: 'Erasing…',
    },
  },
  publicProfile: {
    title: 'Member',
    memberSince: 'Member since',
  },
};
