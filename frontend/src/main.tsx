// First: it configures zod before any schema is built.
import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadInterfaceLanguage } from './i18n';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

// A reader of another language than English gets its texts first (while the router fetches the first page's
// code), so that the app is not drawn in English and then redrawn.
loadInterfaceLanguage().then(
  () =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => {
    // Without its texts the app cannot say anything: say this much, in each of its languages.
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent =
      'The page could not be loaded: please reload it. · Siden kunne ikke indlæses: genindlæs den. · Sidan kunde inte läsas in: ladda om den.';
    container.append(note);
  },
);
