/** The pages of the ratings feature, loaded by the router when one of them is first opened. */
import { addEnglishTexts } from '../../i18n';
import { ratingsEn } from './i18n/en';
import './ratings.css';

addEnglishTexts(ratingsEn);
export { RatingQueuePage } from './pages/RatingQueuePage';
