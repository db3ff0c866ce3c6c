export const moderationEn = {
  moderation: {
    nav: {
      label: 'Moderation',
      waiting_one: 'Moderation, {{count}} waiting',
      waiting_other: 'Moderation, {{count}} waiting',
      none: 'Moderation, nothing waiting',
    },
    page: {
      title: 'Moderation',
      intro: 'Everything that waits for your decision, in the groups you coordinate and across the network.',
      sectionsLabel: 'Kinds of moderation',
      waiting_one: '({{count}} waiting)',
      waiting_other: '({{count}} waiting)',
    },
    flags: {
      titleCount_one: 'Flagged messages ({{count}})',
      titleCount_other: 'Flagged messages ({{count}})',
      emptyTitle: 'No flagged messages',
      emptyText: 'When a member flags a message in a group you coordinate, it appears here.',
    },
    requests: {
      titleCount_one: 'Requests to join ({{count}})',
      titleCount_other: 'Requests to join ({{count}})',
      emptyTitle: 'No requests to join',
      emptyText: 'When someone asks to join a group you coordinate, their request appears here.',
    },
    applications: {
      titleCount_one: 'Applications to the network ({{count}})',
      titleCount_other: 'Applications to the network ({{count}})',
      waiting_one: '{{count}} application waits for vetting.',
      waiting_other: '{{count}} applications wait for vetting.',
      none: 'No application waits for vetting.',
      link: 'Open the applications',
    },
    curation: {
      titleCount_one: 'Practices awaiting curation ({{count}})',
      titleCount_other: 'Practices awaiting curation ({{count}})',
      waiting_one: '{{count}} practice waits for a curation decision.',
      waiting_other: '{{count}} practices wait for a curation decision.',
      none: 'No practice waits for a curation decision.',
      link: 'Open curation',
    },
  },
};
