/**
 * The pages of the search feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { practicesEn } from '../practices';

// The facets name target groups and ratings with the practices' words.
addEnglishTexts(practicesEn);
export { SearchPage } from './pages/SearchPage';
