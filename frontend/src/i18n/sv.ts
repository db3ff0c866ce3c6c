import type { Translation } from './types';
import { coreSv } from './core/sv';
import { homeSv } from '../features/home/i18n/sv';
import { authSv } from '../features/auth/i18n/sv';
import { profileSv } from '../features/profile/i18n/sv';
import { securitySv } from '../features/security/i18n/sv';
import { adminSv } from '../features/admin/i18n/sv';
import { groupsSv } from '../features/groups/i18n/sv';
import { discussionsSv } from '../features/discussions/i18n/sv';
import { pollsSv } from '../features/polls/i18n/sv';
import { notificationsSv } from '../features/notifications/i18n/sv';
import { moderationSv } from '../features/moderation/i18n/sv';
import { resourcesSv } from '../features/resources/i18n/sv';
import { practicesSv } from '../features/practices/i18n/sv';
import { ratingsSv } from '../features/ratings/i18n/sv';
import { researchSv } from '../features/research/i18n/sv';
import { searchSv } from '../features/search/i18n/sv';
import { emailSv } from '../features/email/i18n/sv';
import { meetingsSv } from '../features/meetings/i18n/sv';

/** Svenska. */
export const sv: Translation = {
  ...coreSv,
  ...homeSv,
  ...authSv,
  ...profileSv,
  ...securitySv,
  ...adminSv,
  ...groupsSv,
  ...discussionsSv,
  ...pollsSv,
  ...notificationsSv,
  ...moderationSv,
  ...resourcesSv,
  ...practicesSv,
  ...ratingsSv,
  ...researchSv,
  ...searchSv,
  ...emailSv,
  ...meetingsSv,
};
