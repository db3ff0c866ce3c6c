import { UI_LANGUAGES, type User } from '@pn/shared';
import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authKeys } from '../lib/currentUser';
import { useCurrentUser } from '../lib/currentUser';
import { http } from '../lib/http';
import { changeLanguage, isUiLanguage, UI_LANGUAGE_NAMES } from '../i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
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
          if (!isUiLanguage(next)) return;
          void changeLanguage(next);
          // The server speaks the member's language in their emails: it is told of the choice.
          if (user && user.locale !== next) {
            void http
              .patch<User>('/users/me', { locale: next })
              .then((updated) => queryClient.setQueryData(authKeys.me(), updated))
              .catch(() => {});
          }
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
