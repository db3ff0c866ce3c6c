/**
 * English, the reference language: the app shell's texts and each feature's, merged in one object. Danish and
 * Swedish must have exactly the same keys (see i18n.test.ts). The app itself starts with `shellEn`; the pages of
 * practices, admin, ratings, research, polls and meetings add theirs when they load.
 */
import { adminEn } from '../features/admin/i18n/en';
import { meetingsEn } from '../features/meetings/i18n/en';
import { pollsEn } from '../features/polls/i18n/en';
import { practicesEn } from '../features/practices/i18n/en';
import { ratingsEn } from '../features/ratings/i18n/en';
import { researchEn } from '../features/research/i18n/en';
import { shellEn } from './en-shell';

export const en = {
  ...shellEn,
  ...adminEn,
  ...practicesEn,
  ...ratingsEn,
  ...researchEn,
  ...pollsEn,
  ...meetingsEn,
};
