import type { TranslationShape } from '../../../i18n/types';
import type { notificationsEn } from './en';

/** Dansk. */
export const notificationsDa: TranslationShape<typeof notificationsEn> = {
  notifications: {
    bell: {
      none: 'Notifikationer',
      unread_one: 'Notifikationer: {{count}} ulæst',
      unread_other: 'Notifikationer: {{badge}} ulæste',
    },
    page: {
      title: 'Notifikationer',
      unread: 'Ulæst:',
      markRead: 'Marker som læst',
      markAllRead: 'Marker alle som læst',
      network: 'Netværket',
      emptyTitle: 'Ingen notifikationer',
      emptyText:
        'Her får du besked, når nogen nævner dig eller svarer dig, når der startes en tråd i dine grupper, og om beslutninger om dine anmodninger.',
    },
    lines: {
      mention_one: '{{actor}} nævnte dig i »{{thread}}«',
      mention_other: '{{count}} nye beskeder, der nævner dig, i »{{thread}}«',
      reply_one: '{{actor}} svarede dig i »{{thread}}«',
      reply_other: '{{count}} nye svar til dig i »{{thread}}«',
      thread_one: '{{actor}} startede »{{thread}}« i {{group}}',
      thread_other: '{{count}} nye tråde i {{group}}',
      announcement_one: '{{actor}} sendte en meddelelse i {{group}}: »{{thread}}«',
      announcement_other: '{{count}} nye meddelelser i {{group}}',
      joinRequest_one: '{{actor}} anmodede om medlemskab af {{group}}',
      joinRequest_other: '{{count}} personer anmodede om medlemskab af {{group}}',
      messageFlagged_one: 'En besked i “{{thread}}” ({{group}}) er markeret til moderation',
      messageFlagged_other: '{{count}} beskeder i “{{thread}}” ({{group}}) er markeret til moderation',
      questionPlanned: '{{actor}} har taget forskningsspørgsmålet »{{question}}« og planlægger en undersøgelse',
      questionUnderWay: 'Undersøgelsen af forskningsspørgsmålet »{{question}}« er i gang',
      questionAnswered: 'En evaluering besvarer forskningsspørgsmålet »{{question}}«',
      questionMerged: 'Forskningsspørgsmålet »{{question}}« er slået sammen med et, der spørger om det samme',
      joinApproved: 'Din anmodning om medlemskab af {{group}} er godkendt',
      joinDeclined: 'Din anmodning om medlemskab af {{group}} er afvist',
      addedToGroup: '{{actor}} tilføjede dig til {{group}}',
      practiceSubmitted_one: '{{actor}} indsendte »{{practice}}« til vurdering',
      practiceSubmitted_other: '{{count}} indsendelser af »{{practice}}« til vurdering',
      practicePublished: '»{{practice}}« er offentliggjort',
      practicePeerReviewed: '»{{practice}}« er markeret som fagfællebedømt',
      practiceReturned: '»{{practice}}« er sendt retur til dig: {{comment}}',
      practiceArchived: '»{{practice}}« er arkiveret',
      practiceEvaluation_one: '{{actor}} tilføjede en evaluering af »{{practice}}«',
      practiceEvaluation_other: '{{count}} nye evalueringer af »{{practice}}«',
      practiceFeedback_one: '{{actor}} rapporterede at have implementeret »{{practice}}«',
      practiceFeedback_other: '{{count}} nye implementeringsrapporter om »{{practice}}«',
      other_one: 'Noget nyt i {{group}}',
      other_other: '{{count}} nye ting i {{group}}',
    },
  },
};
