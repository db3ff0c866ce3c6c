/** The public entry of the email feature: the app shell and other features import only what is exported here. */
export { browserTimeZone, invitationPreviewQuery } from './api';
export { EmailChangeForm } from './components/EmailChangeForm';
export { UnconfirmedNotice } from './components/UnconfirmedNotice';
export { AdminEmailsPage } from './pages/AdminEmailsPage';
export { ConfirmEmailPage } from './pages/ConfirmEmailPage';
export { ForgotPasswordPage } from './pages/ForgotPasswordPage';
export { InvitationsPage } from './pages/InvitationsPage';
export { NotificationSettingsPage } from './pages/NotificationSettingsPage';
export { ResetPasswordPage } from './pages/ResetPasswordPage';
export { UnsubscribePage } from './pages/UnsubscribePage';
