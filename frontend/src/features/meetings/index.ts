/** The public entry of the meetings feature: the app shell and other features import only what is exported here. */
import './meetings.css';
export { meetingKeys } from './api';
export { GroupMeetings } from './components/GroupMeetings';
export { UpcomingMeetings } from './components/UpcomingMeetings';
export { meetingsEn } from './i18n/en';
