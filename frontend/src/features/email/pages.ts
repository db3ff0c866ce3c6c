/**
 * The pages of the email feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { AdminEmailsPage } from './pages/AdminEmailsPage';
export { ConfirmEmailPage } from './pages/ConfirmEmailPage';
export { ForgotPasswordPage } from './pages/ForgotPasswordPage';
export { InvitationsPage } from './pages/InvitationsPage';
export { NotificationSettingsPage } from './pages/NotificationSettingsPage';
export { ResetPasswordPage } from './pages/ResetPasswordPage';
export { UnsubscribePage } from './pages/UnsubscribePage';
