/** The texts of this feature in English, the reference language. */
export const homeEn = {
  home: {
    visitor: {
      pageTitle: 'Welcome',
      title: 'Working together to prevent child sexual abuse',
      lead: 'Prevention Network brings together the practitioners and researchers who prevent child sexual abuse, so that what works is shared, tested and adopted across countries instead of being reinvented in each.',
      apply: 'Apply to join',
      signIn: 'Sign in',
      whoTitle: 'Who the network is for',
      who: {
        practitioners: {
          title: 'Practitioners',
          text: 'Health professionals, social workers, educators, law enforcement, judicial authorities, prison and probation services, and policy makers who run prevention work.',
        },
        researchers: {
          title: 'Researchers',
          text: 'Researchers who study why abuse happens and evaluate prevention programmes, and who want their findings used in practice.',
        },
        coordinators: {
          title: 'Coordinators',
          text: 'Coordinators who vet members, moderate working groups and curate the library of best practices.',
        },
      },
      circleTitle: 'A virtuous circle',
      circleIntro: 'The network closes the gap between practice and research:',
      circle: {
        research:
          'Researchers give practitioners initiatives that have been scientifically tested, with their evidence.',
        feedback: 'Practitioners give researchers continuous feedback from putting them into practice.',
        curation:
          'Coordinators curate what proves itself into a library of best practices that any country can adopt, adapt and translate instead of starting over.',
        survivors: 'The perspective of victims and survivors is part of the work, visibly.',
        reach: 'Reach is global: members inside and outside the EU, and published best practices are open to everyone.',
      },
      vettingTitle: 'A network of recognised professionals',
      vettingText:
        'Because the subject is sensitive, every application is reviewed by a coordinator before the account is opened. You can sign in while you wait, to see how your application stands.',
      applyLink: 'Apply to join the network',
    },
    member: {
      pageTitle: 'Home',
      title: 'Welcome, {{name}}',
      lead: 'This is your starting point in the network.',
      meetingsTitle: 'Your next meetings',
      groupsTitle: 'My groups',
      shortcutsTitle: 'Shortcuts',
      groupsLink: 'Browse the working groups',
      notificationsLink: 'Your notifications',
      profileLink: 'Edit your profile',
      vettingLink: 'Review applications to join',
    },
  },
};
