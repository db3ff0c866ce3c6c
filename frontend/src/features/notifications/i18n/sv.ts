import type { TranslationShape } from '../../../i18n/types';
import type { notificationsEn } from './en';

/** Svenska. */
export const notificationsSv: TranslationShape<typeof notificationsEn> = {
  notifications: {
    bell: {
      none: 'Aviseringar',
      unread_one: 'Aviseringar: {{count}} oläst',
      unread_other: 'Aviseringar: {{badge}} olästa',
    },
    page: {
      title: 'Aviseringar',
      unread: 'Oläst:',
      markRead: 'Markera som läst',
      markAllRead: 'Markera alla som lästa',
      network: 'Nätverket',
      emptyTitle: 'Inga aviseringar',
      emptyText:
        'Här får du veta när någon nämner dig eller svarar dig, när en tråd startas i dina grupper och vilka beslut som fattats om dina förfrågningar.',
    },
    lines: {
      mention_one: '{{actor}} nämnde dig i ”{{thread}}”',
      mention_other: '{{count}} nya meddelanden som nämner dig i ”{{thread}}”',
      reply_one: '{{actor}} svarade dig i ”{{thread}}”',
      reply_other: '{{count}} nya svar till dig i ”{{thread}}”',
      thread_one: '{{actor}} startade ”{{thread}}” i {{group}}',
      thread_other: '{{count}} nya trådar i {{group}}',
      announcement_one: '{{actor}} publicerade ett viktigt meddelande i {{group}}: ”{{thread}}”',
      announcement_other: '{{count}} nya viktiga meddelanden i {{group}}',
      joinRequest_one: '{{actor}} bad om att få gå med i {{group}}',
      joinRequest_other: '{{count}} personer bad om att få gå med i {{group}}',
      messageFlagged_one: 'Ett meddelande i “{{thread}}” ({{group}}) har flaggats för moderering',
      messageFlagged_other: '{{count}} meddelanden i “{{thread}}” ({{group}}) har flaggats för moderering',
      questionPlanned: '{{actor}} har tagit forskningsfrågan ”{{question}}” och planerar en studie',
      questionUnderWay: 'Studien av forskningsfrågan ”{{question}}” pågår',
      questionAnswered: 'En utvärdering besvarar forskningsfrågan ”{{question}}”',
      questionMerged: 'Forskningsfrågan ”{{question}}” har slagits ihop med en som frågar detsamma',
      joinApproved: 'Din förfrågan om att gå med i {{group}} har godkänts',
      joinDeclined: 'Din förfrågan om att gå med i {{group}} har avslagits',
      addedToGroup: '{{actor}} lade till dig i {{group}}',
      practiceSubmitted_one: '{{actor}} skickade in ”{{practice}}” för granskning',
      practiceSubmitted_other: '{{count}} inskickningar av ”{{practice}}” för granskning',
      practicePublished: '”{{practice}}” har publicerats',
      practicePeerReviewed: '”{{practice}}” har markerats som kollegialt granskat',
      practiceReturned: '”{{practice}}” har återsänts till dig: {{comment}}',
      practiceArchived: '”{{practice}}” har arkiverats',
      practiceEvaluation_one: '{{actor}} lade till en utvärdering av ”{{practice}}”',
      practiceEvaluation_other: '{{count}} nya utvärderingar av ”{{practice}}”',
      practiceFeedback_one: '{{actor}} rapporterade att hen genomfört ”{{practice}}”',
      practiceFeedback_other: '{{count}} nya rapporter om genomförande av ”{{practice}}”',
      other_one: 'Något nytt i {{group}}',
      other_other: '{{count}} nya saker i {{group}}',
    },
  },
};
