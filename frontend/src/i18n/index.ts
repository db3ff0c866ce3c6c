import { UI_LANGUAGES, type UiLanguage } from '@pn/shared';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { shellEn } from './en-shell';
import type { Translation } from './types';

/** Where the reader's own choice of interface language is kept. */
export const LANGUAGE_STORAGE_KEY = 'pn.language';

/**
 * Each interface language named in itself (an endonym), so that a reader finds their language whatever
 * the page is in now. Deliberately not translated.
 */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  da: 'Dansk',
  sv: 'Svenska',
};

export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The interface language in use now, always one of `UI_LANGUAGES`. */
export function currentLanguage(): UiLanguage {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(resolved) ? resolved : 'en';
}

function reflectLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
}

/**
 * English, the reference language and the fallback of the others, comes with the app; each other language's
 * texts are a chunk of their own, fetched when the language is first used: a reader downloads one or two
 * languages, not all of them.
 */
const TRANSLATIONS: Record<UiLanguage, () => Promise<Partial<Translation>>> = {
  en: () => Promise.resolve(shellEn),
  da: () => import('./da').then((module) => module.da),
  sv: () => import('./sv').then((module) => module.sv),
};

/**
 * Adds the English texts of a feature whose pages load them (see en-shell.ts): called by its pages.ts, before any
 * of its pages is drawn. The other languages' files hold every feature's texts already.
 */
export function addEnglishTexts(texts: Partial<Translation>): void {
  i18n.addResourceBundle('en', 'translation', texts, true, false);
}

/** Fetches the texts of these languages, once each. */
export async function loadLanguages(languages: readonly UiLanguage[]): Promise<void> {
  await Promise.all(
    languages.map(async (language) => {
      if (i18n.hasResourceBundle(language, 'translation')) return;
      i18n.addResourceBundle(language, 'translation', await TRANSLATIONS[language]());
    }),
  );
}

/**
 * Fetches the texts of the language this reader gets (their stored choice, else their browser's first
 * language that the interface has, else English) and switches to it. The app is drawn after this.
 */
export async function loadInterfaceLanguage(): Promise<void> {
  const language = i18n.languages.find(isUiLanguage) ?? 'en';
  await loadLanguages([language]);
  await i18n.changeLanguage(language);
}

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  await loadLanguages([language]);
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, blocked); the choice then lasts for this visit.
  }
}

i18n.on('languageChanged', reflectLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    // The others are added by loadInterfaceLanguage and changeLanguage.
    resources: { en: { translation: shellEn } },
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is stored (see changeLanguage); otherwise the browser's language is followed.
      caches: [],
    },
  });

reflectLanguage();

export default i18n;
