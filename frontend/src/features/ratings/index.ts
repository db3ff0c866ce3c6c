/**
 * The public entry of the ratings feature (re-reviews, questions and appeals of ratings): the practice page
 * shows `RatingGovernance`; the pages that show it register `ratingsEn`.
 */
export { RatingGovernance } from './components/RatingGovernance';
export { ratingsEn } from './i18n/en';
