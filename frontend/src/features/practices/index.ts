/** The public entry of the practices feature: the app shell and other features import only what is exported here. */
export { CURATOR_ROLES, VERIFIER_ROLES } from './permissions';
export { practicesEn } from './i18n/en';
