/**
 * The pages of the notifications feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import './notifications.css';
export { NotificationsPage } from './pages/NotificationsPage';
