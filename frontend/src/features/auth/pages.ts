/**
 * The pages of the auth feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
export { LoginPage } from './pages/LoginPage';
export { PendingPage } from './pages/PendingPage';
export { RegisterPage } from './pages/RegisterPage';
