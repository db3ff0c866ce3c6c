import type { User } from '@pn/shared';
import { ADMIN_ROLES, hasRole, isActive, VETTING_ROLES } from '../lib/permissions';
import { CURATOR_ROLES, VERIFIER_ROLES } from '../features/practices';
import type { Translation } from '../i18n/types';

type Audience = (user: User | null) => boolean;

/** Who sees a navigation link. */
export const audience = {
  everyone: () => true,
  visitorsAndMembers: (user) => user === null || isActive(user),
  signedIn: (user) => user !== null,
  notYetActive: (user) => user !== null && !isActive(user),
  members: (user) => isActive(user),
  vetters: (user) => hasRole(user, VETTING_ROLES),
  admins: (user) => hasRole(user, ADMIN_ROLES),
  curators: (user) => hasRole(user, CURATOR_ROLES),
  /** Who may be asked to review an appeal of a rating. */
  ratingReviewers: (user) => hasRole(user, ['researcher', 'coordinator', 'admin']),
  verifiers: (user) => hasRole(user, VERIFIER_ROLES),
  networkCoordinators: (user) => hasRole(user, ['coordinator']),
} satisfies Record<string, Audience>;

export interface NavItem {
  to: string;
  label: `nav.${Extract<keyof Translation['nav'], string>}`;
  visible: Audience;
  /** Active only on this exact path (for "/"). */
  end?: boolean;
}

/** The main navigation. Adding a feature's page is one line here (and its label in the language files). */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', visible: audience.visitorsAndMembers, end: true },
  { to: '/groups', label: 'nav.groups', visible: audience.everyone },
  { to: '/meetings', label: 'nav.meetings', visible: audience.members },
  { to: '/resources', label: 'nav.library', visible: audience.everyone },
  { to: '/practices', label: 'nav.practices', visible: audience.everyone },
  { to: '/evidence/gap-map', label: 'nav.gapMap', visible: audience.everyone },
  { to: '/research-questions', label: 'nav.researchQuestions', visible: audience.members },
  { to: '/pending', label: 'nav.application', visible: audience.notYetActive },
  { to: '/profile', label: 'nav.profile', visible: audience.signedIn },
  { to: '/settings/notifications', label: 'nav.emailSettings', visible: audience.members },
  { to: '/curation', label: 'nav.curation', visible: audience.curators },
  { to: '/ratings/queue', label: 'nav.ratingsQueue', visible: audience.ratingReviewers },
  { to: '/verification', label: 'nav.verification', visible: audience.verifiers },
  { to: '/admin/vetting', label: 'nav.vetting', visible: audience.vetters },
  { to: '/invitations', label: 'nav.invitations', visible: audience.networkCoordinators },
  { to: '/admin/users', label: 'nav.users', visible: audience.admins },
  { to: '/admin/audit', label: 'nav.audit', visible: audience.admins },
  { to: '/admin/emails', label: 'nav.emails', visible: audience.admins },
];
