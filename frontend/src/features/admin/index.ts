/**
 * The public entry of the admin feature: the app shell and other features import only what is exported here.
 * Its English texts, which the groups' pages use too; its pages are in pages.ts, which the router loads.
 */
export { adminEn } from './i18n/en';
