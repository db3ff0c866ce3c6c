/** The public entry of the auth feature: the app shell and other features import only what is exported here. */
export { useEndSession, useSignOut } from './hooks/useSessionEnd';
export { clearLeaving, isLeaving } from './sessionEnd';
