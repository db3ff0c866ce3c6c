/** The texts of this feature in English, the reference language. */
export const searchEn = {
  search: {
    box: {
      region: 'Search the network',
      label: 'Search',
      placeholder: 'Search (press /)',
      placeholderTouch: 'Search',
      suggestions: 'Suggestions',
      count_one: '{{count}} suggestion. Use the arrow keys to choose it.',
      count_other: '{{count}} suggestions. Use the arrow keys to choose one.',
    },
    kinds: {
      practice: 'Best practice',
      evaluation: 'Evaluation',
      resource: 'Resource',
      message: 'Discussion',
    },
    page: {
      title: 'Search',
      titleFor: 'Search: {{q}}',
      formLabel: 'Change the search',
      field: 'Search for',
      submit: 'Search',
      syntax:
        'All the words must match, in any of their forms. Use "quotes" for a phrase, -word to leave a word out, or between alternatives, and * at the end of a word to match its beginning.',
      startTitle: 'What are you looking for?',
      startText:
        'Search best practices, evaluations, resources and the discussions you may read, in every language of the network.',
      searching: 'Searching…',
      failedTitle: 'The search could not be run',
      resultsTitle: 'Results',
      resultsLabel: 'Search results',
      total_one: '{{count}} result for “{{q}}”',
      total_other: '{{count}} results for “{{q}}”',
      totalCapped: 'More than {{count}} results for “{{q}}”: the newest {{count}} are ranked and counted',
      fuzzy: 'Showing similar matches: nothing matched your words exactly.',
      noMatchTitle: 'Nothing found',
      noMatchText: 'Try other or fewer words, or end a word with * to match its beginning.',
      noMatchFiltered: 'Nothing found with these filters. Clear them to search everything.',
      keysHint: 'Press j and k, or the arrow keys, to move between results.',
    },
    facets: {
      title: 'Narrow the results',
      clear: 'Clear filters',
      kind: 'Kind',
      type: 'Resource type',
      language: 'Language',
      country: 'Country',
      targetGroup: 'Target group',
      rating: 'Evidence rating',
    },
  },
};
