/**
 * The pages of the discussions feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { pollsEn } from '../polls';

// A thread shows its polls and a form to make one.
addEnglishTexts(pollsEn);
import './discussions.css';
export { ThreadPage } from './pages/ThreadPage';
