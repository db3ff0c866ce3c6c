import { PRACTICE_LIMITS, type ResourceSummary } from '@pn/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useResourceSearch } from '../hooks/usePractices';

const SEARCH_DELAY_MS = 300;

interface ResourcePickerProps {
  id: string;
  value: readonly ResourceSummary[];
  onChange: (resources: ResourceSummary[]) => void;
}

/**
 * Links resources of the library to a practice: search by title, add from the results, remove from the
 * chosen list. Buttons rather than a combobox, so that it works the same with a keyboard and a screen reader.
 */
export function ResourcePicker({ id, value, onChange }: ResourcePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, SEARCH_DELAY_MS);
  const search = useResourceSearch(q);
  const statusId = useId();
  const chosen = new Set(value.map((resource) => resource.id));
  const atLimit = value.length >= PRACTICE_LIMITS.relatedResourcesMax;
  const results = (search.data?.items ?? []).filter((resource) => !resource.removed && !chosen.has(resource.id));

  return (
    <fieldset className="field resource-picker" aria-describedby={`${id}-hint`}>
      <legend className="field__label">
        {t('practices.fields.relatedResources')}
        <span className="field__optional"> ({t('common.optional')})</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('practices.fields.relatedResourcesHint')}
      </p>
      {value.length === 0 ? (
        <p className="muted">{t('practices.fields.noResourceChosen')}</p>
      ) : (
        <ul className="resource-picker__chosen">
          {value.map((resource) => (
            <li key={resource.id}>
              <span>{resource.title}</span>{' '}
              <Button
                variant="link"
                className="button--small"
                onClick={() => onChange(value.filter((item) => item.id !== resource.id))}
              >
                {t('practices.fields.removeResource', { title: resource.title })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {atLimit ? (
        <p className="field__hint">
          {t('practices.fields.resourceLimit', { max: PRACTICE_LIMITS.relatedResourcesMax })}
        </p>
      ) : (
        <>
          <label className="field__sublabel" htmlFor={`${id}-search`}>
            {t('practices.fields.resourceSearch')}
          </label>
          <input
            id={`${id}-search`}
            className="input"
            type="search"
            autoComplete="off"
            value={text}
            aria-describedby={`${id}-search-hint ${statusId}`}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter would submit the whole practice form.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
          <p className="field__hint" id={`${id}-search-hint`}>
            {t('practices.fields.resourceSearchHint')}
          </p>
          <div id={statusId} aria-live="polite">
            {search.searchable && search.data ? (
              results.length === 0 ? (
                <p className="muted">{t('practices.fields.resourceNoMatch', { query: q.trim() })}</p>
              ) : (
                <ul className="resource-picker__results" aria-label={t('practices.fields.resourceResults')}>
                  {results.map((resource) => (
                    <li key={resource.id}>
                      <Button
                        variant="secondary"
                        className="button--small"
                        onClick={() => onChange([...value, resource])}
                      >
                        {t('practices.fields.addResource', { title: resource.title })}
                      </Button>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </div>
        </>
      )}
    </fieldset>
  );
}
