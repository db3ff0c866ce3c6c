/** The professions of the network, which are also the working groups by profession. */
export const PROFESSIONS = [
  'health-professionals',
  'social-workers',
  'educators',
  'law-enforcement',
  'judicial-authorities',
  'prison-and-probation',
  'policy-makers',
  'researchers',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const ROLES = ['practitioner', 'researcher', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNT_STATUSES = ['pending', 'active', 'suspended'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Languages the interface itself is translated into. */
export const UI_LANGUAGES = ['en', 'da', 'sv'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
