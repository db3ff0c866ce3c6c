/** The public entry of the admin feature: the app shell and other features import only what is exported here. */
import './admin.css';
import './admin.css';
export { AuditPage } from './pages/AuditPage';
export { UsersPage } from './pages/UsersPage';
export { VettingPage } from './pages/VettingPage';
