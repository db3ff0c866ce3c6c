/**
 * The pages of the practices feature, which the router loads when one of them is first opened: they stay out of the
 * code every visitor downloads first.
 */
import { addEnglishTexts } from '../../i18n';
import { practicesEn } from './i18n/en';

addEnglishTexts(practicesEn);
export { CurationPage } from './pages/CurationPage';
export { EditPracticePage } from './pages/EditPracticePage';
export { EvidenceRulePage } from './pages/EvidenceRulePage';
export { NewPracticePage } from './pages/NewPracticePage';
export { PracticePage } from './pages/PracticePage';
export { PracticesPage } from './pages/PracticesPage';
export { VerificationPage } from './pages/VerificationPage';
