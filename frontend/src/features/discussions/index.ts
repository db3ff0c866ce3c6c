/** The public entry of the discussions feature: the app shell and other features import only what is exported here. */
import './discussions.css';
export { syncDiscussions } from './realtime';
