/** The pages of the research feature: the evidence gap map and research questions, loaded when first opened. */
import { addEnglishTexts } from '../../i18n';
import { practicesEn } from '../practices';
import { researchEn } from './i18n/en';
import './research.css';

// The gap map names target groups, settings and outcomes as the practices do.
addEnglishTexts(practicesEn);
addEnglishTexts(researchEn);
export { GapMapPage } from './pages/GapMapPage';
export { NewResearchQuestionPage } from './pages/NewResearchQuestionPage';
export { ResearchQuestionPage } from './pages/ResearchQuestionPage';
export { ResearchQuestionsPage } from './pages/ResearchQuestionsPage';
