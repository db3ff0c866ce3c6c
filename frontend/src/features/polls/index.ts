/** The public entry of the polls feature: the app shell and other features import only what is exported here. */
import './polls.css';
export { NewPollForm } from './components/NewPollForm';
export { PollCard } from './components/PollCard';
export { syncPolls } from './realtime';
export { pollsEn } from './i18n/en';
