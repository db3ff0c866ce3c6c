/** The public entry of the notifications feature: the app shell and other features import only what is exported here. */
import './notifications.css';
export { NotificationBell } from './components/NotificationBell';
export { syncNotifications } from './realtime';
