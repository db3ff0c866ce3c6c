/**
 * The pages of the practices feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { practicesEn } from './i18n/en';
import { researchEn } from '../research';

addEnglishTexts(practicesEn);
// The citation, the questions an evaluation answers and raising one from feedback are the research feature's.
addEnglishTexts(researchEn);
export { CurationPage } from './pages/CurationPage';
export { EditPracticePage } from './pages/EditPracticePage';
export { NewPracticePage } from './pages/NewPracticePage';
export { PracticePage } from './pages/PracticePage';
export { PracticesPage } from './pages/PracticesPage';
