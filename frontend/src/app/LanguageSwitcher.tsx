import { UI_LANGUAGES } from '@pn/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isUiLanguage, UI_LANGUAGE_NAMES } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('nav.language')}
      </label>
      <select
        id={id}
        className="input select select--compact"
        value={isUiLanguage(current) ? current : 'en'}
        onChange={(event) => {
          const next = event.target.value;
          if (isUiLanguage(next)) void changeLanguage(next);
        }}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {UI_LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
