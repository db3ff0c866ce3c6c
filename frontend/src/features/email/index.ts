/** The public entry of the email feature: the app shell and other features import only what is exported here. */
export { browserTimeZone, invitationPreviewQuery } from './api';
export { EmailChangeForm } from './components/EmailChangeForm';
export { UnconfirmedNotice } from './components/UnconfirmedNotice';
