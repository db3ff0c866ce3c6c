/**
 * The pages of the practices feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { ratingsEn } from '../ratings';
import { practicesEn } from './i18n/en';
import { researchEn } from '../research';

addEnglishTexts(practicesEn);
// The practice page shows the rating's questions and appeals; the not-rated list speaks of ratings.
addEnglishTexts(ratingsEn);
// The citation, the questions an evaluation answers and raising one from feedback are the research feature's.
addEnglishTexts(researchEn);
export { CurationPage } from './pages/CurationPage';
export { EditPracticePage } from './pages/EditPracticePage';
export { EvidenceRulePage } from './pages/EvidenceRulePage';
export { NewPracticePage } from './pages/NewPracticePage';
export { NotRatedPage } from './pages/NotRatedPage';
export { PracticePage } from './pages/PracticePage';
export { PracticesPage } from './pages/PracticesPage';
export { VerificationPage } from './pages/VerificationPage';
