import { UI_LANGUAGES } from '@pn/shared';
import { en } from './en';
import { addEnglishTexts, loadLanguages } from './index';

// The app fetches one language when it starts; tests read all of them.
await loadLanguages(UI_LANGUAGES);
addEnglishTexts(en);
