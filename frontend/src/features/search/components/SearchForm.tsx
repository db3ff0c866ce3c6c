import { SEARCH_LIMITS } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';

interface SearchFormProps {
  /** The words in the address. */
  q: string;
  onSearch: (q: string) => void;
}

/** The results page's own search field: it shows the words searched for and searches again on submit. */
export function SearchForm({ q, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);

  // The address may change without this field (the header's box, the back button): the field follows it.
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setText(q);
  }

  return (
    <form
      className="search-form"
      role="search"
      aria-label={t('search.page.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <div className="field search-form__field">
        <label htmlFor="search-q" className="field__label">
          {t('search.page.field')}
        </label>
        <div className="search-form__row">
          <input
            id="search-q"
            name="q"
            className="input"
            type="search"
            enterKeyHint="search"
            autoComplete="off"
            maxLength={SEARCH_LIMITS.queryMax}
            aria-describedby="search-q-hint"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit">{t('search.page.submit')}</Button>
        </div>
        <p id="search-q-hint" className="field__hint">
          {t('search.page.syntax')}
        </p>
      </div>
    </form>
  );
}
