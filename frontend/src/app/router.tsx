import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { GROUP_MANAGER_ROLES } from '../features/groups';
import { CURATOR_ROLES, VERIFIER_ROLES } from '../features/practices';
import { ADMIN_ROLES, VETTING_ROLES } from '../lib/permissions';
import { GuestOnly, RequireSignedIn } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageLoading } from './pages/PageLoading';
import { RouteErrorPage } from './pages/RouteErrorPage';

/*
 * Each feature's pages are loaded when one of them is first opened (a chunk per feature, named after it), so a
 * visitor's first page downloads the shell and that page's feature, not the discussions, admin or upload code.
 */
const admin = () => import('../features/admin/pages');
const auth = () => import('../features/auth/pages');
const discussions = () => import('../features/discussions/pages');
const email = () => import('../features/email/pages');
const groups = () => import('../features/groups/pages');
const home = () => import('../features/home/pages');
const meetings = () => import('../features/meetings/pages');
const moderation = () => import('../features/moderation/pages');
const notifications = () => import('../features/notifications/pages');
const practices = () => import('../features/practices/pages');
const ratings = () => import('../features/ratings/pages');
const profile = () => import('../features/profile/pages');
const research = () => import('../features/research/pages');
const resources = () => import('../features/resources/pages');
const search = () => import('../features/search/pages');
const security = () => import('../features/security/pages');

/** A route's `lazy`: the page component of a feature's chunk, with fixed props if it takes any. */
function page<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>, props?: P) {
  return async () => {
    const Page = pick(await load()) as ComponentType<object>;
    return { element: <Page {...props} /> };
  };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors of a page render inside the shell, so that navigation stays usable.
        errorElement: <RouteErrorPage />,
        // While the first page's code arrives, the shell is already drawn around this.
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, lazy: page(home, (m) => m.HomePage) },
          // Public: the directory of every working group, and the discussions of public-read groups; the API decides.
          { path: 'groups', lazy: page(groups, (m) => m.GroupsPage) },
          { path: 'groups/:slug', lazy: page(groups, (m) => m.GroupPage) },
          { path: 'threads/:id', lazy: page(discussions, (m) => m.ThreadPage) },
          // A public-read group's meetings are public; the API answers 404 for others the reader may not see.
          { path: 'meetings/:id', lazy: page(meetings, (m) => m.MeetingPage) },
          // One search for everyone: the API answers each reader with only what they may read.
          { path: 'search', lazy: page(search, (m) => m.SearchPage) },
          // The library is public: the API answers each reader with what they may see.
          { path: 'resources', lazy: page(resources, (m) => m.ResourcesPage) },
          { path: 'resources/:id', lazy: page(resources, (m) => m.ResourcePage) },
          // Published practices are public; the API answers 404 for a draft the reader may not see.
          { path: 'practices', lazy: page(practices, (m) => m.PracticesPage) },
          { path: 'practices/not-rated', lazy: page(practices, (m) => m.NotRatedPage) },
          { path: 'practices/:id', lazy: page(practices, (m) => m.PracticePage) },
          { path: 'practices/:id/:slug', lazy: page(practices, (m) => m.PracticePage) },
          // The evidence rule is public, as the registries publish theirs.
          { path: 'evidence/rule', lazy: page(practices, (m) => m.EvidenceRulePage) },
          // Computed from published practices only: public like them.
          { path: 'evidence/gap-map', lazy: page(research, (m) => m.GapMapPage) },
          // Pages of emailed links: each works from its token alone, signed in or not.
          { path: 'reset-password', lazy: page(email, (m) => m.ResetPasswordPage) },
          { path: 'confirm-email', lazy: page(email, (m) => m.ConfirmEmailPage) },
          { path: 'unsubscribe', lazy: page(email, (m) => m.UnsubscribePage) },
          {
            element: <GuestOnly />,
            children: [
              { path: 'login', lazy: page(auth, (m) => m.LoginPage) },
              { path: 'register', lazy: page(auth, (m) => m.RegisterPage) },
              { path: 'forgot-password', lazy: page(email, (m) => m.ForgotPasswordPage) },
              { path: 'invitations/accept', lazy: page(auth, (m) => m.RegisterPage, { invitation: true }) },
            ],
          },
          {
            element: <RequireSignedIn allowNotYetActive />,
            children: [
              { path: 'pending', lazy: page(auth, (m) => m.PendingPage) },
              { path: 'profile', lazy: page(profile, (m) => m.ProfilePage) },
              { path: 'settings/notifications', lazy: page(email, (m) => m.NotificationSettingsPage) },
              // Applicants may protect their account too; coordinators and admins are sent here first.
              { path: 'profile/security', lazy: page(security, (m) => m.SecurityPage) },
            ],
          },
          {
            element: <RequireSignedIn />,
            children: [
              { path: 'members/:id', lazy: page(profile, (m) => m.PublicProfilePage) },
              { path: 'notifications', lazy: page(notifications, (m) => m.NotificationsPage) },
              { path: 'meetings', lazy: page(meetings, (m) => m.MeetingsPage) },
              // Group and network coordinators: the API says who may schedule and edit what.
              { path: 'groups/:slug/meetings/new', lazy: page(meetings, (m) => m.NewMeetingPage) },
              { path: 'meetings/:id/edit', lazy: page(meetings, (m) => m.EditMeetingPage) },
              // Anyone active may coordinate a group: the API counts only what each may decide on.
              { path: 'moderation', lazy: page(moderation, (m) => m.ModerationPage) },
              // Network coordinators and group coordinators: the API says who may invite to what.
              { path: 'invitations', lazy: page(email, (m) => m.InvitationsPage) },
              { path: 'resources/new', lazy: page(resources, (m) => m.NewResourcePage) },
              { path: 'resources/:id/adapt', lazy: page(resources, (m) => m.AdaptResourcePage) },
              { path: 'resources/:id/edit', lazy: page(resources, (m) => m.EditResourcePage) },
              { path: 'practices/new', lazy: page(practices, (m) => m.NewPracticePage) },
              { path: 'practices/:id/edit', lazy: page(practices, (m) => m.EditPracticePage) },
              // Network coordinators and admins, and the group's own coordinators for its texts: the page asks.
              { path: 'groups/:slug/edit', lazy: page(groups, (m) => m.EditGroupPage) },
              // Coordinators see every open inquiry and the re-reviews due; an appeal's reviewers, theirs.
              { path: 'ratings/queue', lazy: page(ratings, (m) => m.RatingQueuePage) },
              { path: 'research-questions', lazy: page(research, (m) => m.ResearchQuestionsPage) },
              { path: 'research-questions/new', lazy: page(research, (m) => m.NewResearchQuestionPage) },
              { path: 'research-questions/:id', lazy: page(research, (m) => m.ResearchQuestionPage) },
            ],
          },
          {
            element: <RequireSignedIn roles={GROUP_MANAGER_ROLES} />,
            children: [{ path: 'groups/new', lazy: page(groups, (m) => m.NewGroupPage) }],
          },
          {
            element: <RequireSignedIn roles={CURATOR_ROLES} />,
            children: [{ path: 'curation', lazy: page(practices, (m) => m.CurationPage) }],
          },
          {
            element: <RequireSignedIn roles={VERIFIER_ROLES} />,
            children: [{ path: 'verification', lazy: page(practices, (m) => m.VerificationPage) }],
          },
          {
            element: <RequireSignedIn roles={VETTING_ROLES} />,
            children: [{ path: 'admin/vetting', lazy: page(admin, (m) => m.VettingPage) }],
          },
          {
            element: <RequireSignedIn roles={ADMIN_ROLES} />,
            children: [
              { path: 'admin/users', lazy: page(admin, (m) => m.UsersPage) },
              { path: 'admin/audit', lazy: page(admin, (m) => m.AuditPage) },
              { path: 'admin/emails', lazy: page(email, (m) => m.AdminEmailsPage) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
