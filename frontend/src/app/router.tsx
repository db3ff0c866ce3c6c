import { createBrowserRouter, type RouteObject } from 'react-router';
import { AuditPage, UsersPage, VettingPage } from '../features/admin';
import { LoginPage, PendingPage, RegisterPage } from '../features/auth';
import { ADMIN_ROLES, VETTING_ROLES } from '../lib/permissions';
import { ThreadPage } from '../features/discussions';
import { EditGroupPage, GROUP_MANAGER_ROLES, GroupPage, GroupsPage, NewGroupPage } from '../features/groups';
import { HomePage } from '../features/home';
import { ModerationPage } from '../features/moderation';
import { NotificationsPage } from '../features/notifications';
import {
  CurationPage,
  CURATOR_ROLES,
  EditPracticePage,
  NewPracticePage,
  PracticePage,
  PracticesPage,
} from '../features/practices';
import { ProfilePage, PublicProfilePage } from '../features/profile';
import {
  AdaptResourcePage,
  EditResourcePage,
  NewResourcePage,
  ResourcePage,
  ResourcesPage,
} from '../features/resources';
import { SearchPage } from '../features/search';
import {
  AdminEmailsPage,
  ConfirmEmailPage,
  ForgotPasswordPage,
  InvitationsPage,
  NotificationSettingsPage,
  ResetPasswordPage,
  UnsubscribePage,
} from '../features/email';
import { SecurityPage } from '../features/security';
import { GuestOnly, RequireSignedIn } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors of a page render inside the shell, so that navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          // Public: visitors see public groups and their discussions; the API decides what else they see.
          { path: 'groups', element: <GroupsPage /> },
          { path: 'groups/:slug', element: <GroupPage /> },
          { path: 'threads/:id', element: <ThreadPage /> },
          // One search for everyone: the API answers each reader with only what they may read.
          { path: 'search', element: <SearchPage /> },
          // The library is public: the API answers each reader with what they may see.
          { path: 'resources', element: <ResourcesPage /> },
          { path: 'resources/:id', element: <ResourcePage /> },
          // Published practices are public; the API answers 404 for a draft the reader may not see.
          { path: 'practices', element: <PracticesPage /> },
          { path: 'practices/:id', element: <PracticePage /> },
          { path: 'practices/:id/:slug', element: <PracticePage /> },
          // Pages of emailed links: each works from its token alone, signed in or not.
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'confirm-email', element: <ConfirmEmailPage /> },
          { path: 'unsubscribe', element: <UnsubscribePage /> },
          {
            element: <GuestOnly />,
            children: [
              { path: 'login', element: <LoginPage /> },
              { path: 'register', element: <RegisterPage /> },
              { path: 'forgot-password', element: <ForgotPasswordPage /> },
              { path: 'invitations/accept', element: <RegisterPage invitation /> },
            ],
          },
          {
            element: <RequireSignedIn allowNotYetActive />,
            children: [
              { path: 'pending', element: <PendingPage /> },
              { path: 'profile', element: <ProfilePage /> },
              { path: 'settings/notifications', element: <NotificationSettingsPage /> },
              // Applicants may protect their account too; coordinators and admins are sent here first.
              { path: 'profile/security', element: <SecurityPage /> },
            ],
          },
          {
            element: <RequireSignedIn />,
            children: [
              { path: 'members/:id', element: <PublicProfilePage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              // Anyone active may coordinate a group: the API counts only what each may decide on.
              { path: 'moderation', element: <ModerationPage /> },
              // Network coordinators and group coordinators: the API says who may invite to what.
              { path: 'invitations', element: <InvitationsPage /> },
              { path: 'resources/new', element: <NewResourcePage /> },
              { path: 'resources/:id/adapt', element: <AdaptResourcePage /> },
              { path: 'resources/:id/edit', element: <EditResourcePage /> },
              { path: 'practices/new', element: <NewPracticePage /> },
              { path: 'practices/:id/edit', element: <EditPracticePage /> },
            ],
          },
          {
            element: <RequireSignedIn roles={GROUP_MANAGER_ROLES} />,
            children: [
              { path: 'groups/new', element: <NewGroupPage /> },
              { path: 'groups/:slug/edit', element: <EditGroupPage /> },
            ],
          },
          {
            element: <RequireSignedIn roles={CURATOR_ROLES} />,
            children: [{ path: 'curation', element: <CurationPage /> }],
          },
          {
            element: <RequireSignedIn roles={VETTING_ROLES} />,
            children: [{ path: 'admin/vetting', element: <VettingPage /> }],
          },
          {
            element: <RequireSignedIn roles={ADMIN_ROLES} />,
            children: [
              { path: 'admin/users', element: <UsersPage /> },
              { path: 'admin/audit', element: <AuditPage /> },
              { path: 'admin/emails', element: <AdminEmailsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
