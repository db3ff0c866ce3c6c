/**
 * English, the reference language: the app shell's texts and each feature's, merged in one object. Danish and
 * Swedish must have exactly the same keys (see i18n.test.ts).
 */
import { coreEn } from './core/en';
import { homeEn } from '../features/home/i18n/en';
import { authEn } from '../features/auth/i18n/en';
import { profileEn } from '../features/profile/i18n/en';
import { securityEn } from '../features/security/i18n/en';
import { adminEn } from '../features/admin/i18n/en';
import { groupsEn } from '../features/groups/i18n/en';
import { discussionsEn } from '../features/discussions/i18n/en';
import { notificationsEn } from '../features/notifications/i18n/en';
import { moderationEn } from '../features/moderation/i18n/en';
import { resourcesEn } from '../features/resources/i18n/en';
import { practicesEn } from '../features/practices/i18n/en';
import { searchEn } from '../features/search/i18n/en';
import { emailEn } from '../features/email/i18n/en';

export const en = {
  ...coreEn,
  ...homeEn,
  ...authEn,
  ...profileEn,
  ...securityEn,
  ...adminEn,
  ...groupsEn,
  ...discussionsEn,
  ...notificationsEn,
  ...moderationEn,
  ...resourcesEn,
  ...practicesEn,
  ...searchEn,
  ...emailEn,
};
