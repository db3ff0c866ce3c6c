/**
 * The pages of the groups feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { adminEn } from '../admin';
import { meetingsEn } from '../meetings';

// The member directory names roles and account states with the admin's words; the group page lists meetings.
addEnglishTexts(adminEn);
addEnglishTexts(meetingsEn);
import './groups.css';
export { EditGroupPage } from './pages/EditGroupPage';
export { GroupPage } from './pages/GroupPage';
export { GroupsPage } from './pages/GroupsPage';
export { NewGroupPage } from './pages/NewGroupPage';
