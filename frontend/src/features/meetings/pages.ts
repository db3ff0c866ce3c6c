/** The pages of the meetings feature, loaded when one of them is first opened. */
import './meetings.css';
export { EditMeetingPage } from './pages/EditMeetingPage';
export { MeetingPage } from './pages/MeetingPage';
export { MeetingsPage } from './pages/MeetingsPage';
export { NewMeetingPage } from './pages/NewMeetingPage';
