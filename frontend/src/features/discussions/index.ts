/** The public entry of the discussions feature: the app shell and other features import only what is exported here. */
export { ThreadPage } from './pages/ThreadPage';
export { syncDiscussions } from './realtime';
