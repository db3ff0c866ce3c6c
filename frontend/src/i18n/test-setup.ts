import { UI_LANGUAGES } from '@pn/shared';
import { loadLanguages } from './index';

// The app fetches one language when it starts; tests read all of them.
await loadLanguages(UI_LANGUAGES);
