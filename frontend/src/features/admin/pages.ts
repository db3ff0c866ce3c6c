/**
 * The pages of the admin feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { adminEn } from './i18n/en';

addEnglishTexts(adminEn);
import './admin.css';
export { AuditPage } from './pages/AuditPage';
export { UsersPage } from './pages/UsersPage';
export { VettingPage } from './pages/VettingPage';
