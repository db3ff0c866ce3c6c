import type { Translation } from './types';
import { coreDa } from './core/da';
import { homeDa } from '../features/home/i18n/da';
import { authDa } from '../features/auth/i18n/da';
import { profileDa } from '../features/profile/i18n/da';
import { securityDa } from '../features/security/i18n/da';
import { adminDa } from '../features/admin/i18n/da';
import { groupsDa } from '../features/groups/i18n/da';
import { discussionsDa } from '../features/discussions/i18n/da';
import { pollsDa } from '../features/polls/i18n/da';
import { notificationsDa } from '../features/notifications/i18n/da';
import { moderationDa } from '../features/moderation/i18n/da';
import { resourcesDa } from '../features/resources/i18n/da';
import { practicesDa } from '../features/practices/i18n/da';
import { ratingsDa } from '../features/ratings/i18n/da';
import { researchDa } from '../features/research/i18n/da';
import { searchDa } from '../features/search/i18n/da';
import { emailDa } from '../features/email/i18n/da';
import { meetingsDa } from '../features/meetings/i18n/da';

/** Dansk. */
export const da: Translation = {
  ...coreDa,
  ...homeDa,
  ...authDa,
  ...profileDa,
  ...securityDa,
  ...adminDa,
  ...groupsDa,
  ...discussionsDa,
  ...pollsDa,
  ...notificationsDa,
  ...moderationDa,
  ...resourcesDa,
  ...practicesDa,
  ...ratingsDa,
  ...researchDa,
  ...searchDa,
  ...emailDa,
  ...meetingsDa,
};
