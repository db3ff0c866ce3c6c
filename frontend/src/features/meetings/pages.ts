/** The pages of the meetings feature, loaded when one of them is first opened. */
import { addEnglishTexts } from '../../i18n';
import { meetingsEn } from './i18n/en';

addEnglishTexts(meetingsEn);
import './meetings.css';
export { EditMeetingPage } from './pages/EditMeetingPage';
export { MeetingPage } from './pages/MeetingPage';
export { MeetingsPage } from './pages/MeetingsPage';
export { NewMeetingPage } from './pages/NewMeetingPage';
