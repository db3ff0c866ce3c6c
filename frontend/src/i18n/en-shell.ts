/**
 * The English texts that come with the app shell: those of every feature but the ones whose pages bring their
 * own (practices, admin, polls and meetings, registered by the pages.ts of the features that show them with
 * `addEnglishTexts`), which keeps them out of the code of a visitor's first page.
 */
import { coreEn } from './core/en';
import { homeEn } from '../features/home/i18n/en';
import { authEn } from '../features/auth/i18n/en';
import { profileEn } from '../features/profile/i18n/en';
import { securityEn } from '../features/security/i18n/en';
import { groupsEn } from '../features/groups/i18n/en';
import { discussionsEn } from '../features/discussions/i18n/en';
import { notificationsEn } from '../features/notifications/i18n/en';
import { moderationEn } from '../features/moderation/i18n/en';
import { resourcesEn } from '../features/resources/i18n/en';
import { searchEn } from '../features/search/i18n/en';
import { emailEn } from '../features/email/i18n/en';

export const shellEn = {
  ...coreEn,
  ...homeEn,
  ...authEn,
  ...profileEn,
  ...securityEn,
  ...groupsEn,
  ...discussionsEn,
  ...notificationsEn,
  ...moderationEn,
  ...resourcesEn,
  ...searchEn,
  ...emailEn,
};
