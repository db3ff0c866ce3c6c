// First: it configures zod before any schema is built.
import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadInterfaceLanguage } from './i18n';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

// The reader's language arrives while the router fetches the first page's code; the app is drawn with both.
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
