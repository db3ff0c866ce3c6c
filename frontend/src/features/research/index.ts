/** The public entry of the research feature: the gap map, research questions and open data. */
export { researchEn } from './i18n/en';
export { CitationBox } from './components/CitationBox';
export { AnsweredQuestions } from './components/AnsweredQuestions';
export { citationFacts } from './citationFacts';
