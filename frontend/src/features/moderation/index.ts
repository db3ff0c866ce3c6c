/** The public entry of the moderation feature: the app shell imports only what is exported here. */
import './moderation.css';
export { moderationKeys } from './api';
export { ModerationNavLink } from './components/ModerationNavLink';
export { syncModeration } from './realtime';
