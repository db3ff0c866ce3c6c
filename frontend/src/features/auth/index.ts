/** The public entry of the auth feature: the app shell and other features import only what is exported here. */
export { useEndSession, useSignOut } from './hooks/useAuthMutations';
export { LoginPage } from './pages/LoginPage';
export { PendingPage } from './pages/PendingPage';
export { RegisterPage } from './pages/RegisterPage';
export { clearLeaving, isLeaving } from './sessionEnd';
